<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppointmentsModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Department · type</source>
        <translation>Servicio · tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>✖ none booked</source>
        <translation>✖ ninguno reservado</translation>
    </message>
    <message>
        <source>⚠ review ({reason})</source>
        <translation>⚠ revisar ({reason})</translation>
    </message>
</context>
<context>
    <name>ArrivalsDialog</name>
    <message>
        <source>Arrivals and departures</source>
        <translation>Llegadas y salidas</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>{n} arriving ({people} with companions) · {interp} need an interpreter · {nopickup} without a pickup</source>
        <translation>{n} llegan ({people} con acompañantes) · {interp} necesitan intérprete · {nopickup} sin recogida</translation>
    </message>
    <message>
        <source>{n} leaving ({people} with companions) · {interp} need an interpreter · {nopickup} without a transfer</source>
        <translation>{n} se van ({people} con acompañantes) · {interp} necesitan intérprete · {nopickup} sin traslado</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Guardando el PDF…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
    <message>
        <source>Nothing was saved: {why}</source>
        <translation>No se guardó nada: {why}</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Badges — {name}</source>
        <translation>Credenciales — {name}</translation>
    </message>
    <message>
        <source>no badge yet</source>
        <translation>aún sin credencial</translation>
    </message>
    <message>
        <source>{number}, printed {n}×</source>
        <translation>{number}, impresa {n}×</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>companion</source>
        <translation>acompañante</translation>
    </message>
    <message>
        <source>The print system (CUPS) does not answer.</source>
        <translation>El sistema de impresión (CUPS) no responde.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Tick at least one person.</source>
        <translation>Marque al menos a una persona.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>{numbers} on {stock}: {pages} page(s)</source>
        <translation>{numbers} en {stock}: {pages} página(s)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Replace a lost badge</source>
        <translation>Reponer una credencial perdida</translation>
    </message>
    <message>
        <source>Replace badge {number} of {name}?</source>
        <translation>¿Reponer la credencial {number} de {name}?</translation>
    </message>
    <message>
        <source>The old badge will be refused at every door, and a new one printed.</source>
        <translation>La credencial antigua se rechazará en todas las puertas y se imprimirá una nueva.</translation>
    </message>
    <message>
        <source>Replace and print</source>
        <translation>Reponer e imprimir</translation>
    </message>
    <message>
        <source>Replacing {number}…</source>
        <translation>Reponiendo {number}…</translation>
    </message>
    <message>
        <source>{number} replaces the lost badge: {outcome}</source>
        <translation>{number} sustituye a la credencial perdida: {outcome}</translation>
    </message>
    <message>
        <source>Nothing was counted as printed.</source>
        <translation>No se contó nada como impreso.</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Badges for</source>
        <translation>Credenciales para</translation>
    </message>
    <message>
        <source>Space ticks or unticks the person under the cursor</source>
        <translation>La barra espaciadora marca o desmarca a la persona bajo el cursor</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Soporte</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Impresora</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Válida &amp;hasta</translation>
    </message>
    <message>
        <source>The last day of a treatment stay (default: the visit day, until the office closes)</source>
        <translation>El último día de una estancia de tratamiento (por defecto: el día de la visita, hasta el cierre de la oficina)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Replace lost badge…</source>
        <translation>&amp;Reponer credencial perdida…</translation>
    </message>
    <message>
        <source>The old badge is refused at every door; a new one is printed</source>
        <translation>La credencial antigua se rechaza en todas las puertas; se imprime una nueva</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>BadgeOutput</name>
    <message>
        <source>{name} — the print system does not answer</source>
        <translation>{name} — el sistema de impresión no responde</translation>
    </message>
    <message>
        <source>{name} — not found</source>
        <translation>{name} — no encontrada</translation>
    </message>
    <message>
        <source>{name} — looking…</source>
        <translation>{name} — buscando…</translation>
    </message>
    <message>
        <source>PDF file in {folder}</source>
        <translation>Archivo PDF en {folder}</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>guardado: {path}</translation>
    </message>
    <message>
        <source>printed on {printer}</source>
        <translation>impresas en {printer}</translation>
    </message>
    <message>
        <source>(printed, but the print count was not saved: {error})</source>
        <translation>(impresas, pero no se guardó el recuento de impresiones: {error})</translation>
    </message>
</context>
<context>
    <name>CaseBoardDialog</name>
    <message>
        <source>Case board</source>
        <translation>Panel de casos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>Abrir caso…</translation>
    </message>
    <message>
        <source>Arrivals…</source>
        <translation>Llegadas…</translation>
    </message>
    <message>
        <source>Interpreters…</source>
        <translation>Intérpretes…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Could not read the board: {why}</source>
        <translation>No se pudo leer el panel: {why}</translation>
    </message>
    <message>
        <source>{shown} of {total} stays · {open} with something open</source>
        <translation>{shown} de {total} estancias · {open} con algo pendiente</translation>
    </message>
    <message>
        <source>reading the days to {last}…</source>
        <translation>leyendo los días hasta {last}…</translation>
    </message>
</context>
<context>
    <name>CaseBoardFilterBar</name>
    <message>
        <source>Name or MRN</source>
        <translation>Nombre o n.º de historia</translation>
    </message>
    <message>
        <source>Arriving any time</source>
        <translation>Llegada en cualquier fecha</translation>
    </message>
    <message>
        <source>Arriving on the first day</source>
        <translation>Llegada el primer día</translation>
    </message>
    <message>
        <source>Arriving this week</source>
        <translation>Llegada esta semana</translation>
    </message>
    <message>
        <source>Arriving in the next 7 days</source>
        <translation>Llegada en los próximos 7 días</translation>
    </message>
    <message>
        <source>Any checklist</source>
        <translation>Cualquier lista de verificación</translation>
    </message>
    <message>
        <source>Something open</source>
        <translation>Algo pendiente</translation>
    </message>
    <message>
        <source>Open: {item}</source>
        <translation>Pendiente: {item}</translation>
    </message>
    <message>
        <source>Needs an interpreter, none booked</source>
        <translation>Necesita intérprete, ninguno reservado</translation>
    </message>
    <message>
        <source>Booking to review</source>
        <translation>Reserva por revisar</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
</context>
<context>
    <name>CaseBoardModel</name>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Patient (passport)</source>
        <translation>Paciente (pasaporte)</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nombre original</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Arrives (office time)</source>
        <translation>Llega (hora de la oficina)</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Recogida</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>○ open</source>
        <translation>○ pendiente</translation>
    </message>
    <message>
        <source>interp. {covered}/{needing}</source>
        <translation>intérp. {covered}/{needing}</translation>
    </message>
    <message>
        <source>{n} to review</source>
        <translation>{n} por revisar</translation>
    </message>
    <message>
        <source>✔ booked</source>
        <translation>✔ reservado</translation>
    </message>
    <message>
        <source>✖ none</source>
        <translation>✖ ninguno</translation>
    </message>
    <message>
        <source>{needing} appointment(s) need an interpreter; {covered} booked; {review} to review after a move</source>
        <translation>{needing} cita(s) necesitan intérprete; {covered} reservada(s); {review} por revisar tras un cambio</translation>
    </message>
    <message>
        <source>Stays at {address}</source>
        <translation>Se aloja en {address}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case — {mrn}</source>
        <translation>Caso — {mrn}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Viaje</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>Intérpretes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Estancia</translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation>necesita intérprete</translation>
    </message>
    <message>
        <source>staying at {address}</source>
        <translation>alojado en {address}</translation>
    </message>
    <message>
        <source>No visit from today on: nothing to prepare.</source>
        <translation>No hay visitas a partir de hoy: nada que preparar.</translation>
    </message>
    <message>
        <source>✔ Everything on the checklist is done</source>
        <translation>✔ Todo lo de la lista está hecho</translation>
    </message>
    <message>
        <source>Open: {items}</source>
        <translation>Pendiente: {items}</translation>
    </message>
    <message>
        <source>Could not list interpreters: {why}</source>
        <translation>No se pudo obtener la lista de intérpretes: {why}</translation>
    </message>
    <message>
        <source>Choose who is signed in (bottom right of the desk) before changing anything.</source>
        <translation>Elija quién ha iniciado sesión (abajo a la derecha de la ventana) antes de cambiar nada.</translation>
    </message>
    <message>
        <source>Still saving the last change…</source>
        <translation>Aún se está guardando el último cambio…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>{item}: {state}</source>
        <translation>{item}: {state}</translation>
    </message>
    <message>
        <source>Travel saved ({fields})</source>
        <translation>Viaje guardado ({fields})</translation>
    </message>
    <message>
        <source>Travel unchanged</source>
        <translation>Viaje sin cambios</translation>
    </message>
    <message>
        <source>Interpreter: {who} ({status})</source>
        <translation>Intérprete: {who} ({status})</translation>
    </message>
    <message>
        <source>Booked, but: {warnings}</source>
        <translation>Reservado, pero: {warnings}</translation>
    </message>
    <message>
        <source>Booking {status}</source>
        <translation>Reserva: {status}</translation>
    </message>
    <message>
        <source>Booking kept for the new time</source>
        <translation>Reserva mantenida para la nueva hora</translation>
    </message>
    <message>
        <source>Nothing was saved: {why}</source>
        <translation>No se guardó nada: {why}</translation>
    </message>
</context>
<context>
    <name>CaseViews</name>
    <message>
        <source>International &amp;case…</source>
        <translation>&amp;Caso internacional…</translation>
    </message>
    <message>
        <source>Case &amp;board…</source>
        <translation>&amp;Panel de casos…</translation>
    </message>
    <message>
        <source>&amp;Arrivals and departures…</source>
        <translation>&amp;Llegadas y salidas…</translation>
    </message>
    <message>
        <source>Interpreter &amp;roster…</source>
        <translation>&amp;Plantilla de intérpretes…</translation>
    </message>
    <message>
        <source>Interpreter&apos;s &amp;day sheet…</source>
        <translation>&amp;Hoja del día del intérprete…</translation>
    </message>
    <message>
        <source>No interpreter booked</source>
        <translation>Sin intérprete reservado</translation>
    </message>
    <message>
        <source>Only the appointments that need an interpreter and have none booked</source>
        <translation>Solo las citas que necesitan intérprete y no tienen ninguno reservado</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>guardado: {path}</translation>
    </message>
</context>
<context>
    <name>CaseWarnings</name>
    <message>
        <source>Still open before arrival: {items}</source>
        <translation>Pendiente antes de la llegada: {items}</translation>
    </message>
    <message>
        <source>{n} of today&apos;s appointments need an interpreter and have none booked</source>
        <translation>{n} de las citas de hoy necesitan intérprete y no tienen ninguno reservado</translation>
    </message>
    <message>
        <source>{n} interpreter booking(s) to review after a move</source>
        <translation>{n} reserva(s) de intérprete por revisar tras un cambio</translation>
    </message>
    <message>
        <source>No visit on this day</source>
        <translation>No hay visita este día</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Nada pendiente</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Marcado por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>Note (optional): e.g. records by courier</source>
        <translation>Nota (opcional): p. ej., historia por mensajería</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No necesario</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>not needed</source>
        <translation>no necesaria</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>expired (a guarantee ran out)</source>
        <translation>vencida (una garantía expiró)</translation>
    </message>
    <message>
        <source>Financial clearance: {name}</source>
        <translation>Autorización financiera: {name}</translation>
    </message>
    <message>
        <source>Set estimate</source>
        <translation>Fijar presupuesto</translation>
    </message>
    <message>
        <source>receipt or transfer number</source>
        <translation>número de recibo o transferencia</translation>
    </message>
    <message>
        <source>Add deposit</source>
        <translation>Añadir depósito</translation>
    </message>
    <message>
        <source>insurer, embassy or employer</source>
        <translation>aseguradora, embajada o empleador</translation>
    </message>
    <message>
        <source>guarantee number</source>
        <translation>número de garantía</translation>
    </message>
    <message>
        <source>Add guarantee</source>
        <translation>Añadir garantía</translation>
    </message>
    <message>
        <source>Not needed for this stay</source>
        <translation>No necesaria para esta estancia</translation>
    </message>
    <message>
        <source>Estimate, deposits, guarantees</source>
        <translation>Presupuesto, depósitos, garantías</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Garante</translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation>Garantizado</translation>
    </message>
    <message>
        <source>No visit on this day: nothing to clear</source>
        <translation>No hay visita este día: nada que autorizar</translation>
    </message>
    <message>
        <source>Financial clearance: {status}</source>
        <translation>Autorización financiera: {status}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>Estado: &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Estimate {estimate} · deposited {deposited} · guaranteed {guaranteed} · outstanding &lt;b&gt;{outstanding}&lt;/b&gt;</source>
        <translation>Presupuesto {estimate} · depositado {deposited} · garantizado {guaranteed} · pendiente &lt;b&gt;{outstanding}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>not valid that day</source>
        <translation>no válida ese día</translation>
    </message>
</context>
<context>
    <name>ClearanceFilter</name>
    <message>
        <source>Any clearance</source>
        <translation>Cualquier autorización</translation>
    </message>
    <message>
        <source>Clearance not cleared</source>
        <translation>Autorización no aprobada</translation>
    </message>
    <message>
        <source>Clearance expired</source>
        <translation>Autorización vencida</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Financial clearance of the patients&apos; stays</source>
        <translation>Autorización financiera de las estancias de los pacientes</translation>
    </message>
</context>
<context>
    <name>CompanionDialog</name>
    <message>
        <source>Add companion</source>
        <translation>Añadir acompañante</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>cónyuge</translation>
    </message>
    <message>
        <source>son</source>
        <translation>hijo</translation>
    </message>
    <message>
        <source>daughter</source>
        <translation>hija</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>padre/madre</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>hermano/a</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>amigo/a</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>intérprete</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Type or pick</source>
        <translation>Escriba o elija</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>&amp;Apellidos *</translation>
    </message>
    <message>
        <source>As in the passport, Latin letters</source>
        <translation>Como en el pasaporte, en letras latinas</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>Family name, &amp;native</source>
        <translation>Apellidos, escritura &amp;original</translation>
    </message>
    <message>
        <source>In the patient&apos;s own script (optional)</source>
        <translation>En la escritura del paciente (opcional)</translation>
    </message>
    <message>
        <source>The family name as the patient writes it: Arabic, Hebrew, Chinese, Cyrillic…</source>
        <translation>Los apellidos como los escribe el paciente: árabe, hebreo, chino, cirílico…</translation>
    </message>
    <message>
        <source>Given name, nati&amp;ve</source>
        <translation>Nombre, escritura ori&amp;ginal</translation>
    </message>
    <message>
        <source>The given name as the patient writes it</source>
        <translation>El nombre como lo escribe el paciente</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Parentesco</translation>
    </message>
    <message>
        <source>To the patient</source>
        <translation>Con el paciente</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>With country code: +966 50 123 4567</source>
        <translation>Con prefijo del país: +966 50 123 4567</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>{family}, {given}{native}  ·  MRN {mrn}</source>
        <translation>{family}, {given}{native}  ·  N.º historia {mrn}</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>With country code: +966 50 123 4567</source>
        <translation>Con prefijo del país: +966 50 123 4567</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>Local addre&amp;ss / hotel</source>
        <translation>Dirección &amp;local / hotel</translation>
    </message>
    <message>
        <source>Enter starts a new line (kept as one line, separated by commas); Ctrl+Enter saves</source>
        <translation>Intro empieza una línea nueva (se guarda en una sola línea, separada por comas); Ctrl+Intro guarda</translation>
    </message>
    <message>
        <source>Hotel, street, room: where the patient stays during the visit</source>
        <translation>Hotel, calle, habitación: dónde se aloja el paciente durante la visita</translation>
    </message>
</context>
<context>
    <name>DayBatchDialog</name>
    <message>
        <source>The day&apos;s badges</source>
        <translation>Las credenciales del día</translation>
    </message>
    <message>
        <source>Badges for every patient expected on {day} and their companions.</source>
        <translation>Credenciales para todos los pacientes previstos el {day} y sus acompañantes.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Soporte</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Impresora</translation>
    </message>
    <message>
        <source>The print system (CUPS) does not answer.</source>
        <translation>El sistema de impresión (CUPS) no responde.</translation>
    </message>
</context>
<context>
    <name>DayBatchPrinter</name>
    <message>
        <source>Preparing the badges of {day}…</source>
        <translation>Preparando las credenciales del {day}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The day&apos;s badges</source>
        <translation>Las credenciales del día</translation>
    </message>
    <message>
        <source>Printing {n} badges on {printer}…</source>
        <translation>Imprimiendo {n} credenciales en {printer}…</translation>
    </message>
    <message>
        <source>Drawing {total} badges…</source>
        <translation>Dibujando {total} credenciales…</translation>
    </message>
    <message>
        <source>{badges} badges for {patients} patients: {outcome}</source>
        <translation>{badges} credenciales para {patients} pacientes: {outcome}</translation>
    </message>
    <message>
        <source>Not printed: {who}</source>
        <translation>No impresas: {who}</translation>
    </message>
</context>
<context>
    <name>DaySheetModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Escritura propia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>read the day</source>
        <translation>leer el día</translation>
    </message>
    <message>
        <source>check for changes</source>
        <translation>comprobar cambios</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>All interpreters</source>
        <translation>Todos los intérpretes</translation>
    </message>
    <message>
        <source>Reading the day…</source>
        <translation>Leyendo el día…</translation>
    </message>
    <message>
        <source>Could not {what}: {message}</source>
        <translation>No se pudo {what}: {message}</translation>
    </message>
    <message>
        <source>Expected &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>Previstos &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✔ Arrived &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>✔ Llegados &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>⚠ Late &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>⚠ Con retraso &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✖ No-show &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>✖ No presentados &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DaysOffForm</name>
    <message>
        <source>Days off — {name}</source>
        <translation>Días libres — {name}</translation>
    </message>
    <message>
        <source>e.g. leave, training</source>
        <translation>p. ej., vacaciones, formación</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Days off already recorded</source>
        <translation>Días libres ya registrados</translation>
    </message>
</context>
<context>
    <name>DeskDialogs</name>
    <message>
        <source>read the contact details</source>
        <translation>leer los datos de contacto</translation>
    </message>
    <message>
        <source>Companion added</source>
        <translation>Acompañante añadido</translation>
    </message>
    <message>
        <source>Reading the contact details…</source>
        <translation>Leyendo los datos de contacto…</translation>
    </message>
    <message>
        <source>Contact details saved</source>
        <translation>Datos de contacto guardados</translation>
    </message>
    <message>
        <source>Could not {what}: {message}</source>
        <translation>No se pudo {what}: {message}</translation>
    </message>
    <message>
        <source>Walk-in registered</source>
        <translation>Paciente sin cita registrado</translation>
    </message>
    <message>
        <source>No visit on this day: nothing to badge</source>
        <translation>No hay visita este día: no hay credenciales que hacer</translation>
    </message>
    <message>
        <source>Cancelled: no badge was printed</source>
        <translation>Cancelado: no se imprimió ninguna credencial</translation>
    </message>
    <message>
        <source>The day&apos;s badges were not printed</source>
        <translation>Las credenciales del día no se imprimieron</translation>
    </message>
    <message>
        <source>Some names could not be printed</source>
        <translation>Algunos nombres no se pudieron imprimir</translation>
    </message>
    <message>
        <source>Not printed:</source>
        <translation>No impresas:</translation>
    </message>
    <message>
        <source>Printed with the passport name only:</source>
        <translation>Impresas solo con el nombre del pasaporte:</translation>
    </message>
    <message>
        <source>Who is &amp;on site</source>
        <translation>Quién está &amp;dentro</translation>
    </message>
    <message>
        <source>&amp;Scans at the doors…</source>
        <translation>&amp;Lecturas en las puertas…</translation>
    </message>
    <message>
        <source>read the office&apos;s settings</source>
        <translation>leer la configuración de la oficina</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <source>PATIENT</source>
        <translation>PACIENTE</translation>
    </message>
    <message>
        <source>COMPANION</source>
        <translation>ACOMPAÑANTE</translation>
    </message>
    <message>
        <source>INTERPRETER</source>
        <translation>INTÉRPRETE</translation>
    </message>
    <message>
        <source>VISITOR</source>
        <translation>VISITANTE</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>entry and exit</source>
        <translation>entrada y salida</translation>
    </message>
    <message>
        <source>clinical area (counts nobody in or out)</source>
        <translation>zona clínica (no cuenta entradas ni salidas)</translation>
    </message>
    <message>
        <source>Frontdesk — Door: {door}</source>
        <translation>Frontdesk — Puerta: {door}</translation>
    </message>
    <message>
        <source>Door: {door} · {direction}</source>
        <translation>Puerta: {door} · {direction}</translation>
    </message>
    <message>
        <source>Camera: {name}</source>
        <translation>Cámara: {name}</translation>
    </message>
    <message>
        <source>No camera: scanner only</source>
        <translation>Sin cámara: solo lector</translation>
    </message>
    <message>
        <source>✔  VALID</source>
        <translation>✔  VÁLIDA</translation>
    </message>
    <message>
        <source>✖  NOT VALID</source>
        <translation>✖  NO VÁLIDA</translation>
    </message>
    <message>
        <source>(name not yet known at this door)</source>
        <translation>(nombre aún desconocido en esta puerta)</translation>
    </message>
    <message>
        <source>To: {place}</source>
        <translation>Destino: {place}</translation>
    </message>
    <message>
        <source>OUT — leaving is counted</source>
        <translation>SALIDA — la salida queda registrada</translation>
    </message>
    <message>
        <source>→ IN</source>
        <translation>→ ENTRADA</translation>
    </message>
    <message>
        <source>← OUT</source>
        <translation>← SALIDA</translation>
    </message>
    <message>
        <source>⚠  NOT LISTENING</source>
        <translation>⚠  SIN ESCUCHAR</translation>
    </message>
    <message>
        <source>Another window has the keyboard: scans go there. Touch this screen.</source>
        <translation>Otra ventana tiene el teclado: las lecturas van allí. Toque esta pantalla.</translation>
    </message>
    <message>
        <source>Scan a badge</source>
        <translation>Pase una credencial</translation>
    </message>
    <message>
        <source>✔ VALID</source>
        <translation>✔ VÁLIDA</translation>
    </message>
    <message>
        <source>✖ NOT VALID</source>
        <translation>✖ NO VÁLIDA</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>ENTRADA</translation>
    </message>
    <message>
        <source>OUT (counted)</source>
        <translation>SALIDA (contada)</translation>
    </message>
    <message>
        <source>revocation list from {time} ({minutes} min old)</source>
        <translation>lista de revocaciones de las {time} (hace {minutes} min)</translation>
    </message>
    <message>
        <source>no revocation list yet</source>
        <translation>aún no hay lista de revocaciones</translation>
    </message>
    <message>
        <source> · {n} scan(s) waiting to be sent</source>
        <translation> · {n} lectura(s) pendientes de enviar</translation>
    </message>
    <message>
        <source>● Online · {age}{queue}</source>
        <translation>● En línea · {age}{queue}</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>aún sin conexión</translation>
    </message>
    <message>
        <source>OFFLINE ({why}) · deciding from this door&apos;s copy · {age}{queue}</source>
        <translation>SIN CONEXIÓN ({why}) · se decide con la copia de esta puerta · {age}{queue}</translation>
    </message>
    <message>
        <source>Frontdesk — Door</source>
        <translation>Frontdesk — Puerta</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>Últimas lecturas</translation>
    </message>
    <message>
        <source>Fire roll-call (PDF)</source>
        <translation>Lista de evacuación (PDF)</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Cerrando…</translation>
    </message>
    <message>
        <source>No more scans here. Sending {n} scan(s) to the database first.</source>
        <translation>Ya no se leen tarjetas aquí. Primero se envían {n} lectura(s) a la base de datos.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>{field} {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>HL7Listener</name>
    <message>
        <source>HL7 feed not started: {why}</source>
        <translation>Canal HL7 no iniciado: {why}</translation>
    </message>
    <message>
        <source>HL7 feed: listening on {where}</source>
        <translation>Canal HL7: escuchando en {where}</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Reading who may unlock…</source>
        <translation>Leyendo quién puede desbloquear…</translation>
    </message>
    <message>
        <source>Could not read the staff list: {message}</source>
        <translation>No se pudo leer la lista del personal: {message}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Told from the content</source>
        <translation>Deducido del contenido</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>HL7 v2 SIU</source>
        <translation>HL7 v2 SIU</translation>
    </message>
    <message>
        <source>FHIR R4</source>
        <translation>FHIR R4</translation>
    </message>
    <message>
        <source>{file}: {n} error(s); nothing was imported</source>
        <translation>{file}: {n} error(es); no se importó nada</translation>
    </message>
    <message>
        <source>{file} imported ({rows} read): appointments {created} created, {updated} updated, {cancelled} cancelled; patients {new} created</source>
        <translation>{file} importado ({rows} leídas): citas {created} creadas, {updated} actualizadas, {cancelled} canceladas; pacientes {new} creados</translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation>Importar agenda</translation>
    </message>
    <message>
        <source>Schedule exports (*.csv *.hl7 *.txt *.json *.xml);;All files (*)</source>
        <translation>Exportaciones de agenda (*.csv *.hl7 *.txt *.json *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation>Comprobando qué cambiaría…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <source>Comparing with the database</source>
        <translation>Comparando con la base de datos</translation>
    </message>
    <message>
        <source>Nothing written yet. Apply to import.</source>
        <translation>Aún no se ha escrito nada. Aplique para importar.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is; nothing was written.</source>
        <translation>El archivo no se puede importar tal como está; no se escribió nada.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Import the good messages and list the bad ones</source>
        <translation>Importar los mensajes correctos y listar los erróneos</translation>
    </message>
    <message>
        <source>Choose a CSV, HL7 (SIU) or FHIR (JSON) export. Nothing is written until you apply.</source>
        <translation>Elija una exportación CSV, HL7 (SIU) o FHIR (JSON). No se escribe nada hasta que aplique.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>InterpreterDayDialog</name>
    <message>
        <source>Interpreter&apos;s day sheet</source>
        <translation>Hoja del día del intérprete</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>Leyendo la plantilla…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Guardar CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>off the roster</source>
        <translation>fuera de la plantilla</translation>
    </message>
    <message>
        <source>Nobody is on the roster yet</source>
        <translation>Todavía no hay nadie en la plantilla</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>{n} appointment(s) for {name} on {day}</source>
        <translation>{n} cita(s) para {name} el {day}</translation>
    </message>
    <message>
        <source>day off ({reason})</source>
        <translation>día libre ({reason})</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>día libre</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Still saving the last file…</source>
        <translation>Aún se está guardando el último archivo…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>InterpreterForm</name>
    <message>
        <source>New interpreter</source>
        <translation>Nuevo intérprete</translation>
    </message>
    <message>
        <source>Interpreter — {name}</source>
        <translation>Intérprete — {name}</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>e.g. ar, fr or zh-Hans</source>
        <translation>p. ej., ar, fr o zh-Hans</translation>
    </message>
    <message>
        <source>the building where they start the day</source>
        <translation>el edificio donde empiezan el día</translation>
    </message>
    <message>
        <source>e.g. Mon-Fri 08:00-17:00; Sat 09:00-13:00</source>
        <translation>p. ej., Mon-Fri 08:00-17:00; Sat 09:00-13:00</translation>
    </message>
    <message>
        <source>Office time. Empty: on call, whenever booked.</source>
        <translation>Hora de la oficina. Vacío: de guardia, cuando se le reserve.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Nombre en su escritura</translation>
    </message>
    <message>
        <source>Staff or agency</source>
        <translation>Plantilla o agencia</translation>
    </message>
    <message>
        <source>Languages (BCP 47)</source>
        <translation>Idiomas (BCP 47)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
</context>
<context>
    <name>InterpreterPane</name>
    <message>
        <source>Book for the chosen appointment</source>
        <translation>Reservar para la cita elegida</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>service, e.g. LanguageLine</source>
        <translation>servicio, p. ej. LanguageLine</translation>
    </message>
    <message>
        <source>Book phone/video</source>
        <translation>Reservar por teléfono/vídeo</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Keep after the move</source>
        <translation>Mantener tras el cambio</translation>
    </message>
    <message>
        <source>The interpreter can make the new time: the review flag goes</source>
        <translation>El intérprete puede acudir a la nueva hora: se quita la marca de revisión</translation>
    </message>
    <message>
        <source>In person:</source>
        <translation>Presencial:</translation>
    </message>
    <message>
        <source>Or remote:</source>
        <translation>O a distancia:</translation>
    </message>
    <message>
        <source>Booking status:</source>
        <translation>Estado de la reserva:</translation>
    </message>
    <message>
        <source>Nobody on the roster speaks the patient&apos;s language</source>
        <translation>Nadie de la plantilla habla el idioma del paciente</translation>
    </message>
    <message>
        <source>Looking for free interpreters…</source>
        <translation>Buscando intérpretes libres…</translation>
    </message>
    <message>
        <source>Booked for {was}{where}; the appointment is now {now}. Keep it if the interpreter can make the new time, or book someone else.</source>
        <translation>Reservado para {was}{where}; la cita es ahora {now}. Manténgalo si el intérprete puede acudir a la nueva hora, o reserve a otra persona.</translation>
    </message>
</context>
<context>
    <name>InterpreterRosterDialog</name>
    <message>
        <source>Interpreter roster</source>
        <translation>Plantilla de intérpretes</translation>
    </message>
    <message>
        <source>Name or language</source>
        <translation>Nombre o idioma</translation>
    </message>
    <message>
        <source>Show those off the roster</source>
        <translation>Mostrar a los que no están en la plantilla</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Days off…</source>
        <translation>Días libres…</translation>
    </message>
    <message>
        <source>Take off the roster</source>
        <translation>Quitar de la plantilla</translation>
    </message>
    <message>
        <source>Day sheet…</source>
        <translation>Hoja del día…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>{shown} of {total} interpreters</source>
        <translation>{shown} de {total} intérpretes</translation>
    </message>
    <message>
        <source>Could not read the roster: {why}</source>
        <translation>No se pudo leer la plantilla: {why}</translation>
    </message>
    <message>
        <source>Back on the roster</source>
        <translation>Volver a la plantilla</translation>
    </message>
    <message>
        <source>Saved {name} ({languages})</source>
        <translation>Guardado: {name} ({languages})</translation>
    </message>
    <message>
        <source>{name}: days off {first} to {last} removed</source>
        <translation>{name}: días libres del {first} al {last} eliminados</translation>
    </message>
    <message>
        <source>{name}: off {first} to {last}</source>
        <translation>{name}: libre del {first} al {last}</translation>
    </message>
    <message>
        <source>Choose who is signed in (bottom right of the desk) before changing anything.</source>
        <translation>Elija quién ha iniciado sesión (abajo a la derecha de la ventana) antes de cambiar nada.</translation>
    </message>
    <message>
        <source>{name} is back on the roster</source>
        <translation>{name} vuelve a estar en la plantilla</translation>
    </message>
    <message>
        <source>{name} is off the roster</source>
        <translation>{name} ya no está en la plantilla</translation>
    </message>
    <message>
        <source>Nothing was saved: {why}</source>
        <translation>No se guardó nada: {why}</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Visa invitation letter: {name}</source>
        <translation>Carta de invitación para el visado: {name}</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>English and {language}</source>
        <translation>Inglés y {language}</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Companions travelling</source>
        <translation>Acompañantes que viajan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>Emitir carta</translation>
    </message>
    <message>
        <source>This patient&apos;s letters</source>
        <translation>Cartas de este paciente</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Emitiendo…</translation>
    </message>
    <message>
        <source>{number} issued and saved to {path}</source>
        <translation>{number} emitida y guardada en {path}</translation>
    </message>
    <message>
        <source>revoked: {reason}</source>
        <translation>revocada: {reason}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>Choose a letter that is still valid</source>
        <translation>Elija una carta que aún sea válida</translation>
    </message>
    <message>
        <source>Revoke {number}</source>
        <translation>Revocar {number}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{n} revoked</source>
        <translation>{n} revocada(s)</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Guardar la carta como</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Frontdesk is locked</source>
        <translation>Frontdesk está bloqueado</translation>
    </message>
    <message>
        <source>Patient information is hidden while the desk is unattended.</source>
        <translation>La información de los pacientes se oculta mientras el mostrador está desatendido.</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN o contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Choose who you are to unlock:</source>
        <translation>Elija quién es usted para desbloquear:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed in:</source>
        <translation>Sesión de:</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>Puesto: {name}</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Could not sign in: {message}</source>
        <translation>No se pudo iniciar sesión: {message}</translation>
    </message>
    <message>
        <source>Signing in… try again in a moment.</source>
        <translation>Iniciando sesión… inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>¿Quién está en el mostrador?</translation>
    </message>
    <message>
        <source>Choose who is signed in (bottom right) before changing anything.</source>
        <translation>Elija quién ha iniciado sesión (abajo a la derecha) antes de cambiar nada.</translation>
    </message>
    <message>
        <source>Frontdesk</source>
        <translation>Frontdesk</translation>
    </message>
    <message>
        <source>Find a patient: name in any script, MRN, passport or date of birth  (Ctrl+F)</source>
        <translation>Buscar: nombre en cualquier escritura, n.º HC, pasaporte o nacimiento  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>Volver a hoy (Alt+Inicio)</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Sin cita…</translation>
    </message>
    <message>
        <source>Register a patient who arrives without a booking (Ctrl+N)</source>
        <translation>Registrar a un paciente que llega sin cita (Ctrl+N)</translation>
    </message>
    <message>
        <source>Expected 0</source>
        <translation>Previstos 0</translation>
    </message>
    <message>
        <source>Arrived 0</source>
        <translation>Llegados 0</translation>
    </message>
    <message>
        <source>Late 0</source>
        <translation>Con retraso 0</translation>
    </message>
    <message>
        <source>No-show 0</source>
        <translation>No presentados 0</translation>
    </message>
    <message>
        <source>Show one department</source>
        <translation>Mostrar un servicio</translation>
    </message>
    <message>
        <source>Show one status</source>
        <translation>Mostrar un estado</translation>
    </message>
    <message>
        <source>Show patients who need an interpreter for one language</source>
        <translation>Mostrar los pacientes que necesitan intérprete de un idioma</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>Paciente &amp;sin cita…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>&amp;Registrar llegada…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>&amp;Deshacer llegada</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>Marcar &amp;no presentado</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add &amp;companion…</source>
        <translation>Añadir &amp;acompañante…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Edit contact details…</source>
        <translation>&amp;Editar datos de contacto…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Print &amp;badges…</source>
        <translation>Imprimir &amp;credenciales…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Print the &amp;day&apos;s badges…</source>
        <translation>Imprimir las credenciales del &amp;día…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Visit &amp;summary…</source>
        <translation>&amp;Resumen de la visita…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>Día &amp;anterior</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>&amp;Import schedule…</source>
        <translation>&amp;Importar agenda…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
</context>
<context>
    <name>MovementsModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Flight / train</source>
        <translation>Vuelo / tren</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Recogida</translation>
    </message>
    <message>
        <source>Stays at</source>
        <translation>Se aloja en</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>intérprete</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>reservada</translation>
    </message>
    <message>
        <source>✖ none</source>
        <translation>✖ ninguno</translation>
    </message>
</context>
<context>
    <name>MrzInput</name>
    <message>
        <source>Passport MRZ (scan with the reader, or paste both lines)</source>
        <translation>MRZ del pasaporte (léala con el lector o pegue las dos líneas)</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} caracteres</translation>
    </message>
    <message>
        <source>✓ Read: {name}, passport {number} ({nationality}), born {born}</source>
        <translation>✓ Leído: {name}, pasaporte {number} ({nationality}), nacido/a el {born}</translation>
    </message>
    <message>
        <source>⚠ This passport expired on {day}.</source>
        <translation>⚠ Este pasaporte venció el {day}.</translation>
    </message>
</context>
<context>
    <name>OnsiteDock</name>
    <message>
        <source>On site</source>
        <translation>Dentro</translation>
    </message>
    <message>
        <source>Fire roll-call (PDF)</source>
        <translation>Lista de evacuación (PDF)</translation>
    </message>
    <message>
        <source>{n} on site{parts}</source>
        <translation>{n} dentro{parts}</translation>
    </message>
</context>
<context>
    <name>OnsiteModel</name>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nombre original</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Going to</source>
        <translation>Se dirige a</translation>
    </message>
</context>
<context>
    <name>PatientActions</name>
    <message>
        <source>Check-in is for today: go back to today (Alt+Home) first</source>
        <translation>La llegada se registra para hoy: vuelva primero a hoy (Alt+Inicio)</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>Registrando la llegada…</translation>
    </message>
    <message>
        <source>Check-in failed</source>
        <translation>Falló el registro de llegada</translation>
    </message>
    <message>
        <source>Undoing the check-in…</source>
        <translation>Deshaciendo la llegada…</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>No se pudo deshacer</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Llegada deshecha</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No presentado</translation>
    </message>
    <message>
        <source>Mark {n} remaining appointment(s) of {name} as no-show?</source>
        <translation>¿Marcar {n} cita(s) restante(s) de {name} como no presentado?</translation>
    </message>
    <message>
        <source>Marking no-show…</source>
        <translation>Marcando no presentado…</translation>
    </message>
    <message>
        <source>No-show failed</source>
        <translation>No se pudo marcar como no presentado</translation>
    </message>
    <message>
        <source>{n} appointment(s) marked no-show</source>
        <translation>{n} cita(s) marcada(s) como no presentado</translation>
    </message>
    <message>
        <source>unknown staff</source>
        <translation>personal desconocido</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time} by {who} at {where}</source>
        <translation>{name}: ya registrado a las {time} por {who} en {where}</translation>
    </message>
    <message>
        <source>{name}: checked in at {time} by {who} at {where}</source>
        <translation>{name}: llegada registrada a las {time} por {who} en {where}</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time} by {who}</source>
        <translation>{name}: ya registrado a las {time} por {who}</translation>
    </message>
    <message>
        <source>{name}: checked in at {time} by {who}</source>
        <translation>{name}: llegada registrada a las {time} por {who}</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <source>Check in {name}?</source>
        <translation>¿Registrar la llegada de {name}?</translation>
    </message>
    <message>
        <source>Ask the patient to confirm the date of birth: &lt;b&gt;{dob}&lt;/b&gt;</source>
        <translation>Pida al paciente que confirme su fecha de nacimiento: &lt;b&gt;{dob}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The date of birth is &lt;b&gt;not known&lt;/b&gt; (a hospital feed had none): ask it</source>
        <translation>La fecha de nacimiento es &lt;b&gt;desconocida&lt;/b&gt; (no venía en los datos del hospital): pregúntela</translation>
    </message>
    <message>
        <source>Financial clearance missing: no estimate, deposit or guarantee</source>
        <translation>Falta la autorización financiera: sin presupuesto, depósito ni garantía</translation>
    </message>
    <message>
        <source>Financial clearance pending: the estimate is not covered</source>
        <translation>Autorización financiera pendiente: el presupuesto no está cubierto</translation>
    </message>
    <message>
        <source>Financial clearance expired: a guarantee of payment ran out</source>
        <translation>Autorización financiera vencida: expiró una garantía de pago</translation>
    </message>
</context>
<context>
    <name>PatientPanel</name>
    <message>
        <source>Visa letter…</source>
        <translation>Carta de visado…</translation>
    </message>
    <message>
        <source>Issue a signed visa invitation letter</source>
        <translation>Emitir una carta de invitación firmada para el visado</translation>
    </message>
    <message>
        <source>Clearance…</source>
        <translation>Autorización…</translation>
    </message>
    <message>
        <source>The stay&apos;s estimate, deposits and guarantees</source>
        <translation>Presupuesto, depósitos y garantías de la estancia</translation>
    </message>
    <message>
        <source>unknown: ask the patient</source>
        <translation>desconocida: pregunte al paciente</translation>
    </message>
    <message>
        <source>· interpreter needed</source>
        <translation>· necesita intérprete</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>✔ Arrived at {time}, checked in by {who}{where}</source>
        <translation>✔ Llegó a las {time}, registrado por {who}{where}</translation>
    </message>
    <message>
        <source>✖ No-show</source>
        <translation>✖ No presentado</translation>
    </message>
    <message>
        <source>No appointments on {day}</source>
        <translation>Sin citas el {day}</translation>
    </message>
    <message>
        <source>Expected: first appointment at {time}</source>
        <translation>Previsto: primera cita a las {time}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No visit on this day</source>
        <translation>No hay visita este día</translation>
    </message>
    <message>
        <source>None issued yet</source>
        <translation>Aún no se ha emitido ninguna</translation>
    </message>
    <message>
        <source>valid until {time}</source>
        <translation>válida hasta las {time}</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <source>{number} · {name} · {holder} · printed {n}× · {state}</source>
        <translation>{number} · {name} · {holder} · impresa {n}× · {state}</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Find a patient, or pick a row of the day, to see them here.</source>
        <translation>Busque un paciente o elija una fila del día para verlo aquí.</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>Registrar llegada…</translation>
    </message>
    <message>
        <source>Check the patient in for the day (Ctrl+Enter)</source>
        <translation>Registrar la llegada del paciente para hoy (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Deshacer llegada</translation>
    </message>
    <message>
        <source>Undo this day&apos;s check-in (Ctrl+Shift+Z)</source>
        <translation>Deshacer el registro de llegada de este día (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No presentado</translation>
    </message>
    <message>
        <source>Mark the day&apos;s remaining appointments as no-show (Ctrl+Shift+N)</source>
        <translation>Marcar las citas restantes del día como no presentado (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N.º de historia</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Staying at</source>
        <translation>Alojado en</translation>
    </message>
    <message>
        <source>Before arrival</source>
        <translation>Antes de la llegada</translation>
    </message>
    <message>
        <source>Case…</source>
        <translation>Caso…</translation>
    </message>
    <message>
        <source>The patient&apos;s international case: checklist, travel, interpreters (Ctrl+Shift+K)</source>
        <translation>El caso internacional del paciente: lista de verificación, viaje, intérpretes (Ctrl+Mayús+K)</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Citas de hoy</translation>
    </message>
    <message>
        <source>Visit summary…</source>
        <translation>Resumen de la visita…</translation>
    </message>
    <message>
        <source>Print the day&apos;s appointments for the patient, in their language (Ctrl+Shift+P)</source>
        <translation>Imprimir las citas del día para el paciente, en su idioma (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>Acompañantes</translation>
    </message>
    <message>
        <source>Add companion…</source>
        <translation>Añadir acompañante…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Badges issued</source>
        <translation>Credenciales emitidas</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>Imprimir credenciales…</translation>
    </message>
    <message>
        <source>Print, reprint or replace the badges of the patient and companions (Ctrl+B)</source>
        <translation>Imprimir, reimprimir o reponer las credenciales del paciente y sus acompañantes (Ctrl+B)</translation>
    </message>
    <message>
        <source>Edit contact details…</source>
        <translation>Editar datos de contacto…</translation>
    </message>
    <message>
        <source>Phone, e-mail, hotel (Ctrl+Shift+E)</source>
        <translation>Teléfono, correo electrónico, hotel (Ctrl+Mayús+E)</translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message>
        <source>rejecting jobs</source>
        <translation>rechaza trabajos</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>cannot be reached</source>
        <translation>no se puede alcanzar</translation>
    </message>
    <message>
        <source>out of labels or paper</source>
        <translation>sin etiquetas ni papel</translation>
    </message>
    <message>
        <source>needs labels or paper loaded</source>
        <translation>necesita cargar etiquetas o papel</translation>
    </message>
    <message>
        <source>paper jam</source>
        <translation>atasco de papel</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>tapa abierta</translation>
    </message>
    <message>
        <source>a door open</source>
        <translation>una puerta abierta</translation>
    </message>
    <message>
        <source>out of toner</source>
        <translation>sin tóner</translation>
    </message>
    <message>
        <source>out of ink or toner</source>
        <translation>sin tinta ni tóner</translation>
    </message>
    <message>
        <source>no tray</source>
        <translation>sin bandeja</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>apagada</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>no responde</translation>
    </message>
    <message>
        <source>partly stopped</source>
        <translation>detenida en parte</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>deteniéndose</translation>
    </message>
    <message>
        <source>no driver for this document</source>
        <translation>sin controlador para este documento</translation>
    </message>
    <message>
        <source>Resume it in the printer settings, then print again.</source>
        <translation>Reanúdela en la configuración de la impresora y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>Set it to accept jobs in the printer settings, or choose another.</source>
        <translation>Configúrela para aceptar trabajos en la configuración de la impresora, o elija otra.</translation>
    </message>
    <message>
        <source>Switch it on and connect it, then print again.</source>
        <translation>Enciéndala y conéctela, y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>Check its cable or network and that it is on, then print again.</source>
        <translation>Compruebe su cable o su red y que esté encendida, y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>Load labels or paper, then print again.</source>
        <translation>Cargue etiquetas o papel y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>Clear the jam, then print again.</source>
        <translation>Retire el atasco y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>Fix it or choose another printer, then print again.</source>
        <translation>Resuélvalo o elija otra impresora, y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>No printer is chosen: choose one, or choose “PDF file” to save the badges.</source>
        <translation>No hay ninguna impresora elegida: elija una, o elija «Archivo PDF» para guardar las credenciales.</translation>
    </message>
    <message>
        <source>There is no printer {printer} any more: choose another.</source>
        <translation>Ya no existe la impresora {printer}: elija otra.</translation>
    </message>
    <message>
        <source>{printer} refused the job: {said}.</source>
        <translation>{printer} rechazó el trabajo: {said}.</translation>
    </message>
    <message>
        <source>The print system (CUPS) does not answer.</source>
        <translation>El sistema de impresión (CUPS) no responde.</translation>
    </message>
    <message>
        <source>CUPS lost job {job} on {printer}.</source>
        <translation>CUPS perdió el trabajo {job} en {printer}.</translation>
    </message>
    <message>
        <source>The print system (CUPS) stopped answering while job {job} was on {printer}: check what came out before printing again.</source>
        <translation>El sistema de impresión (CUPS) dejó de responder mientras el trabajo {job} estaba en {printer}: compruebe lo que salió antes de volver a imprimir.</translation>
    </message>
    <message>
        <source>Job {job} on {printer} was cancelled.</source>
        <translation>El trabajo {job} en {printer} se canceló.</translation>
    </message>
    <message>
        <source>Job {job} on {printer} stopped with an error.</source>
        <translation>El trabajo {job} en {printer} se detuvo con un error.</translation>
    </message>
    <message>
        <source>Job {job} is held on {printer}.</source>
        <translation>El trabajo {job} está retenido en {printer}.</translation>
    </message>
    <message>
        <source>Job {job} stopped on {printer}.</source>
        <translation>El trabajo {job} se detuvo en {printer}.</translation>
    </message>
    <message>
        <source>{printer} does not take the job (“{said}”): check that it is on and connected, then print again.</source>
        <translation>{printer} no acepta el trabajo («{said}»): compruebe que esté encendida y conectada, y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>Job {job} on {printer} did not finish in {minutes} minutes.</source>
        <translation>El trabajo {job} en {printer} no terminó en {minutes} minutos.</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupada</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>{printer}: {state}.</source>
        <translation>{printer}: {state}.</translation>
    </message>
    <message>
        <source>printed on {printer} ({stock}, job {job})</source>
        <translation>impresas en {printer} ({stock}, trabajo {job})</translation>
    </message>
    <message>
        <source>{pages} page(s) sent to {printer} (this system does not report whether it printed)</source>
        <translation>{pages} página(s) enviada(s) a {printer} (este sistema no informa si se imprimieron)</translation>
    </message>
    <message>
        <source>{printer} has no stock for “{layout}”: it needs {needed}. Choose another printer or layout ({printer}&apos;s stocks: {have}).</source>
        <translation>{printer} no tiene soporte para «{layout}»: necesita {needed}. Elija otra impresora u otro formato (soportes de {printer}: {have}).</translation>
    </message>
    <message>
        <source>none it reports</source>
        <translation>no informa de ninguno</translation>
    </message>
    <message>
        <source>{printer} did not print.</source>
        <translation>{printer} no imprimió.</translation>
    </message>
    <message>
        <source>Job {job} was cancelled.</source>
        <translation>El trabajo {job} se canceló.</translation>
    </message>
    <message>
        <source>Nothing was counted as printed.</source>
        <translation>No se contó nada como impreso.</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Fire roll-call</source>
        <translation>Lista de evacuación</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Abrir el PDF</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>En {folder}</translation>
    </message>
    <message>
        <source>Printed on {printer} and saved as {name}</source>
        <translation>Impreso en {printer} y guardado como {name}</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Guardado como {name}</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>Escritura propia</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Staff / agency</source>
        <translation>Plantilla / agencia</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>Days off ahead</source>
        <translation>Próximos días libres</translation>
    </message>
    <message>
        <source>{name} (off the roster)</source>
        <translation>{name} (fuera de la plantilla)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>de guardia</translation>
    </message>
</context>
<context>
    <name>ScanLogDialog</name>
    <message>
        <source>Scans at the doors</source>
        <translation>Lecturas en las puertas</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Refused only</source>
        <translation>Solo rechazadas</translation>
    </message>
    <message>
        <source>Valid only</source>
        <translation>Solo válidas</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Número de credencial</translation>
    </message>
    <message>
        <source>All doors</source>
        <translation>Todas las puertas</translation>
    </message>
    <message>
        <source>{shown} of {total} scans shown · {refused} refused</source>
        <translation>{shown} de {total} lecturas mostradas · {refused} rechazadas</translation>
    </message>
</context>
<context>
    <name>ScanLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Credencial</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Patient (passport)</source>
        <translation>Paciente (pasaporte)</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nombre original</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>{status}: arrived at {time}</source>
        <translation>{status}: llegó a las {time}</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>por vídeo</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Interpreter booked: {who}</source>
        <translation>Intérprete reservado: {who}</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>necesario</translation>
    </message>
    <message>
        <source>Interpreter needed: {language} ({tag})</source>
        <translation>Se necesita intérprete: {language} ({tag})</translation>
    </message>
    <message>
        <source>{who}: to review, the appointment moved</source>
        <translation>{who}: por revisar, la cita cambió</translation>
    </message>
    <message>
        <source>booked: {who} ({status})</source>
        <translation>reservado: {who} ({status})</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>solicitado</translation>
    </message>
    <message>
        <source>none booked</source>
        <translation>ninguno reservado</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>No patient matches “{q}”</source>
        <translation>Ningún paciente coincide con «{q}»</translation>
    </message>
    <message>
        <source>{n} patients match “{q}” — ↑↓ to choose, Enter to open</source>
        <translation>{n} pacientes coinciden con «{q}» — ↑↓ para elegir, Intro para abrir</translation>
    </message>
    <message>
        <source>Could not search: {message}</source>
        <translation>No se pudo buscar: {message}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Patient (passport)</source>
        <translation>Paciente (pasaporte)</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Nombre original</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N.º de historia</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>✔ expected</source>
        <translation>✔ previsto</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>— nobody —</source>
        <translation>— nadie —</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Schedule watch folder</source>
        <translation>Carpeta vigilada de agenda</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>This station&apos;s name</source>
        <translation>Nombre de este puesto</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Office time zone</source>
        <translation>Zona horaria de la oficina</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>sqlite:///path/to/file or postgresql://host/name</source>
        <translation>sqlite:///ruta/al/archivo o postgresql://servidor/nombre</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Bloquear si está inactivo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Cover patient information after this many minutes without a key or click (0: never)</source>
        <translation>Ocultar la información de los pacientes tras estos minutos sin teclas ni clics (0: nunca)</translation>
    </message>
    <message>
        <source>none: new exports dropped here are imported (done/ and failed/ beside them)</source>
        <translation>ninguna: las exportaciones nuevas que se dejen aquí se importan (done/ y failed/ junto a ellas)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>HL7 feed (MLLP)</source>
        <translation>Canal HL7 (MLLP)</translation>
    </message>
    <message>
        <source>0.0.0.0 (every network interface)</source>
        <translation>0.0.0.0 (todas las interfaces de red)</translation>
    </message>
    <message>
        <source>The address the listener takes: 0.0.0.0 for the hospital&apos;s interface engine on another computer, 127.0.0.1 for this computer only</source>
        <translation>La dirección que usa el receptor: 0.0.0.0 para el motor de integración del hospital en otro equipo, 127.0.0.1 solo para este equipo</translation>
    </message>
    <message>
        <source>port </source>
        <translation>puerto </translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>The TCP port the interface engine sends SIU messages to (2575 is usual); each is applied and acknowledged. Off: no listener on this station</source>
        <translation>El puerto TCP al que el motor de integración envía los mensajes SIU (lo habitual es 2575); cada uno se aplica y se confirma. Desactivado: ningún receptor en este puesto</translation>
    </message>
    <message>
        <source>The time zone is the whole office&apos;s (it is kept in the database). A new database takes effect when Frontdesk starts again.</source>
        <translation>La zona horaria es la de toda la oficina (se guarda en la base de datos). Una base de datos nueva se aplica cuando Frontdesk se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Language of the desk</source>
        <translation>Idioma del mostrador</translation>
    </message>
    <message>
        <source>The language of this station&apos;s windows (the patients&apos; papers follow each patient&apos;s own language)</source>
        <translation>El idioma de las ventanas de este puesto (los documentos de los pacientes siguen el idioma de cada paciente)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in at {station}</source>
        <translation>Iniciar sesión en {station}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Visit summary — {name}</source>
        <translation>Resumen de la visita — {name}</translation>
    </message>
    <message>
        <source>No summary in {language} yet: English instead.</source>
        <translation>Aún no hay resumen en {language}: se usará el inglés.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>The office&apos;s address is not set: this summary has none (Settings, or frontdesk office-info --address).</source>
        <translation>La dirección de la oficina no está configurada: este resumen no la lleva (Configuración, o frontdesk office-info --address).</translation>
    </message>
    <message>
        <source>The office&apos;s phone number is not set: this summary has none (Settings, or frontdesk office-info --phone).</source>
        <translation>El teléfono de la oficina no está configurado: este resumen no lo lleva (Configuración, o frontdesk office-info --phone).</translation>
    </message>
    <message>
        <source>{appointments} appointment(s) on {days} day(s), in {language}</source>
        <translation>{appointments} cita(s) en {days} día(s), en {language}</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>No se imprimió nada.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>guardado: {path}</translation>
    </message>
    <message>
        <source>visit summary: {words}</source>
        <translation>resumen de la visita: {words}</translation>
    </message>
    <message>
        <source>visit summary: {pages} page(s) sent to {printer}</source>
        <translation>resumen de la visita: {pages} página(s) enviada(s) a {printer}</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>Resumen de la visita</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The patient&apos;s preferred language unless you choose another</source>
        <translation>El idioma preferido del paciente, salvo que elija otro</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>The last day of a stay of several days</source>
        <translation>El último día de una estancia de varios días</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;apel</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>&amp;Impresora</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>TravelForm</name>
    <message>
        <source>YYYY-MM-DD HH:MM, as on the ticket</source>
        <translation>AAAA-MM-DD HH:MM, como en el billete</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>Vuelo</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Tren</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Carretera</translation>
    </message>
    <message>
        <source>Pickup booked</source>
        <translation>Recogida reservada</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Flight / train</source>
        <translation>Vuelo / tren</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Lands at</source>
        <translation>Llega a</translation>
    </message>
    <message>
        <source>Local time there</source>
        <translation>Hora local allí</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Recogida</translation>
    </message>
    <message>
        <source>driver or company</source>
        <translation>conductor o empresa</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>Punto de encuentro</translation>
    </message>
    <message>
        <source>At (local time)</source>
        <translation>A las (hora local)</translation>
    </message>
    <message>
        <source>Where they stay</source>
        <translation>Dónde se alojan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>hotel, street</source>
        <translation>hotel, calle</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Leaves from</source>
        <translation>Sale de</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Transfer by</source>
        <translation>Traslado a cargo de</translation>
    </message>
    <message>
        <source>Save travel</source>
        <translation>Guardar viaje</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>office time {time}</source>
        <translation>hora de la oficina {time}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Scheduled</source>
        <translation>Citada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Double-booked</source>
        <translation>Reserva duplicada</translation>
    </message>
    <message>
        <source>Tight travel between buildings</source>
        <translation>Poco tiempo para ir entre edificios</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Fuera del horario laboral</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Día libre</translation>
    </message>
    <message>
        <source>Not on the roster any more</source>
        <translation>Ya no está en la plantilla</translation>
    </message>
    <message>
        <source>Medical records received</source>
        <translation>Historia clínica recibida</translation>
    </message>
    <message>
        <source>Records translated</source>
        <translation>Historia traducida</translation>
    </message>
    <message>
        <source>Visa letter issued</source>
        <translation>Carta de visado emitida</translation>
    </message>
    <message>
        <source>Financial clearance</source>
        <translation>Autorización financiera</translation>
    </message>
    <message>
        <source>Travel booked</source>
        <translation>Viaje reservado</translation>
    </message>
    <message>
        <source>Hotel booked</source>
        <translation>Hotel reservado</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>Intérprete reservado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No necesario</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>companion</source>
        <translation>acompañante</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>intérprete</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>visitante</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Traducida</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visado</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Viaje</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>Hotel</translation>
    </message>
    <message>
        <source>Interp.</source>
        <translation>Intérp.</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>el mostrador</translation>
    </message>
    <message>
        <source>the interpreter bookings</source>
        <translation>las reservas de intérpretes</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register walk-in</source>
        <translation>Registrar paciente sin cita</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Type part of the name or the code</source>
        <translation>Escriba parte del nombre o el código</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Escriba parte del nombre</translation>
    </message>
    <message>
        <source>Type or pick</source>
        <translation>Escriba o elija</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>second opinion</source>
        <translation>segunda opinión</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>tratamiento</translation>
    </message>
    <message>
        <source>imaging</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>laboratorio</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>Appointment on {day}</source>
        <translation>Cita el {day}</translation>
    </message>
    <message>
        <source>{text} is not a country in the list: type part of its name</source>
        <translation>{text} no es un país de la lista: escriba parte de su nombre</translation>
    </message>
    <message>
        <source>{time} does not exist that day: the clocks go forward</source>
        <translation>{time} no existe ese día: se adelantan los relojes</translation>
    </message>
    <message>
        <source>Walk-in patient</source>
        <translation>Paciente sin cita</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>&amp;MRN *</source>
        <translation>N.º de &amp;historia *</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>Número de historia clínica</translation>
    </message>
    <message>
        <source>The hospital&apos;s medical record number: letters, digits and - _ / .</source>
        <translation>El número de historia clínica del hospital: letras, dígitos y - _ / .</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>&amp;Apellidos *</translation>
    </message>
    <message>
        <source>As in the passport, Latin letters</source>
        <translation>Como en el pasaporte, en letras latinas</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>Family name, &amp;native</source>
        <translation>Apellidos, escritura &amp;original</translation>
    </message>
    <message>
        <source>In the patient&apos;s own script (optional)</source>
        <translation>En la escritura del paciente (opcional)</translation>
    </message>
    <message>
        <source>The family name as the patient writes it: Arabic, Hebrew, Chinese, Cyrillic…</source>
        <translation>Los apellidos como los escribe el paciente: árabe, hebreo, chino, cirílico…</translation>
    </message>
    <message>
        <source>Given name, nati&amp;ve</source>
        <translation>Nombre, escritura ori&amp;ginal</translation>
    </message>
    <message>
        <source>The given name as the patient writes it</source>
        <translation>El nombre como lo escribe el paciente</translation>
    </message>
    <message>
        <source>&amp;Date of birth *</source>
        <translation>&amp;Fecha de nacimiento *</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>AAAA-MM-DD o DD/MM/AAAA</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <source>N&amp;ationality</source>
        <translation>N&amp;acionalidad</translation>
    </message>
    <message>
        <source>Type part of the country&apos;s name or its code</source>
        <translation>Escriba parte del nombre del país o su código</translation>
    </message>
    <message>
        <source>&amp;Passport no.</source>
        <translation>N.º de &amp;pasaporte</translation>
    </message>
    <message>
        <source>Language and contact</source>
        <translation>Idioma y contacto</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>&amp;Idioma preferido</translation>
    </message>
    <message>
        <source>Type part of the language&apos;s name, or a BCP 47 tag such as pt-BR</source>
        <translation>Escriba parte del nombre del idioma o una etiqueta BCP 47 como pt-BR</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>Necesita &amp;intérprete</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>With country code: +966 50 123 4567</source>
        <translation>Con prefijo del país: +966 50 123 4567</translation>
    </message>
    <message>
        <source>Patients come from abroad: start with + and the country code</source>
        <translation>Los pacientes vienen del extranjero: empiece por + y el prefijo del país</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>Local addre&amp;ss / hotel</source>
        <translation>Dirección &amp;local / hotel</translation>
    </message>
    <message>
        <source>Where the patient stays during the visit</source>
        <translation>Dónde se aloja el paciente durante la visita</translation>
    </message>
    <message>
        <source>Appointment today</source>
        <translation>Cita hoy</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>Start, in the office&apos;s time zone</source>
        <translation>Inicio, en la zona horaria de la oficina</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Depa&amp;rtment</source>
        <translation>Se&amp;rvicio</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>&amp;Médico</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Building, floor, room</source>
        <translation>Edificio, planta, sala</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
</context>
<context>
    <name>WatchFolder</name>
    <message>
        <source>{n} error(s), see its report</source>
        <translation>{n} error(es), vea su informe</translation>
    </message>
    <message>
        <source>{name}: import failed ({why})</source>
        <translation>{name}: falló la importación ({why})</translation>
    </message>
    <message>
        <source>{name}: not imported yet ({why})</source>
        <translation>{name}: aún no importado ({why})</translation>
    </message>
    <message>
        <source>Watch folder not started: {why}</source>
        <translation>Carpeta vigilada no iniciada: {why}</translation>
    </message>
</context>
<context>
    <name>_SavingForm</name>
    <message>
        <source>Choose who is signed in (bottom right of the desk) before changing anything.</source>
        <translation>Elija quién ha iniciado sesión (abajo a la derecha de la ventana) antes de cambiar nada.</translation>
    </message>
    <message>
        <source>Nothing was saved: {why}</source>
        <translation>No se guardó nada: {why}</translation>
    </message>
</context>
<context>
    <name>door</name>
    <message>
        <source>Not a badge of this hospital (the code cannot be read as one)</source>
        <translation>No es una credencial de este hospital (el código no se puede leer como tal)</translation>
    </message>
    <message>
        <source>Not issued by this office (unknown signing key)</source>
        <translation>No emitida por esta oficina (clave de firma desconocida)</translation>
    </message>
    <message>
        <source>Forged or altered badge</source>
        <translation>Credencial falsificada o alterada</translation>
    </message>
    <message>
        <source>Not valid yet: valid from {time}</source>
        <translation>Aún no es válida: válida desde las {time}</translation>
    </message>
    <message>
        <source>Expired at {time}</source>
        <translation>Venció a las {time}</translation>
    </message>
    <message>
        <source>Badge revoked: send the holder to the front desk</source>
        <translation>Credencial revocada: envíe al titular al mostrador</translation>
    </message>
    <message>
        <source>Replaced by a newer badge: this one no longer opens doors</source>
        <translation>Sustituida por una credencial más reciente: esta ya no abre puertas</translation>
    </message>
    <message>
        <source>Badge of another version: send the holder to the front desk</source>
        <translation>Credencial de otra versión: envíe al titular al mostrador</translation>
    </message>
    <message>
        <source>Forged badge: it is not the badge the desk issued</source>
        <translation>Credencial falsificada: no es la que emitió el mostrador</translation>
    </message>
    <message>
        <source>Not in this door&apos;s list yet: send the holder to the front desk</source>
        <translation>Aún no está en la lista de esta puerta: envíe al titular al mostrador</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Incomplete read ({n} of {total} characters): scan the badge again</source>
        <translation>Lectura incompleta ({n} de {total} caracteres): vuelva a pasar la credencial</translation>
    </message>
    <message>
        <source>Not a badge of this hospital: a code of {n} characters (a wristband? another barcode?)</source>
        <translation>No es una credencial de este hospital: un código de {n} caracteres (¿una pulsera? ¿otro código de barras?)</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>The database is busy; try again.</source>
        <translation>La base de datos está ocupada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database cannot be reached; try again in a moment. ({detail})</source>
        <translation>No se puede acceder a la base de datos; inténtelo de nuevo en un momento. ({detail})</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): {message}. The details are in the log.</source>
        <translation>Error inesperado ({kind}): {message}. Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>{n} more since this one; see the log.</source>
        <translation>{n} más desde este; vea el registro.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
</context>
</TS>
