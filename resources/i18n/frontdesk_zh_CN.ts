<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppointmentsModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Department · type</source>
        <translation>科室 · 类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>✖ none booked</source>
        <translation>✖ 未预约</translation>
    </message>
    <message>
        <source>⚠ review ({reason})</source>
        <translation>⚠ 待复核（{reason}）</translation>
    </message>
</context>
<context>
    <name>ArrivalsDialog</name>
    <message>
        <source>Arrivals and departures</source>
        <translation>抵达与离开</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>抵达</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>{n} arriving ({people} with companions) · {interp} need an interpreter · {nopickup} without a pickup</source>
        <translation>{n} 人抵达（{people} 人含陪同）· {interp} 人需要口译 · {nopickup} 人无接机</translation>
    </message>
    <message>
        <source>{n} leaving ({people} with companions) · {interp} need an interpreter · {nopickup} without a transfer</source>
        <translation>{n} 人离开（{people} 人含陪同）· {interp} 人需要口译 · {nopickup} 人无送机</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>正在保存 PDF…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>Nothing was saved: {why}</source>
        <translation>未保存任何内容：{why}</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Badges — {name}</source>
        <translation>胸卡 — {name}</translation>
    </message>
    <message>
        <source>no badge yet</source>
        <translation>尚无胸卡</translation>
    </message>
    <message>
        <source>{number}, printed {n}×</source>
        <translation>{number}，已打印 {n} 次</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>companion</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <source>The print system (CUPS) does not answer.</source>
        <translation>打印系统（CUPS）没有响应。</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Tick at least one person.</source>
        <translation>请至少勾选一人。</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>{numbers} on {stock}: {pages} page(s)</source>
        <translation>{numbers}，用 {stock}：{pages} 页</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Replace a lost badge</source>
        <translation>补办遗失的胸卡</translation>
    </message>
    <message>
        <source>Replace badge {number} of {name}?</source>
        <translation>补办 {name} 的胸卡 {number}？</translation>
    </message>
    <message>
        <source>The old badge will be refused at every door, and a new one printed.</source>
        <translation>旧胸卡将在所有门禁处被拒绝，并打印一张新的。</translation>
    </message>
    <message>
        <source>Replace and print</source>
        <translation>补办并打印</translation>
    </message>
    <message>
        <source>Replacing {number}…</source>
        <translation>正在补办 {number}…</translation>
    </message>
    <message>
        <source>{number} replaces the lost badge: {outcome}</source>
        <translation>{number} 替代遗失的胸卡：{outcome}</translation>
    </message>
    <message>
        <source>Nothing was counted as printed.</source>
        <translation>没有任何胸卡计为已打印。</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>胸卡</translation>
    </message>
    <message>
        <source>Badges for</source>
        <translation>胸卡对象</translation>
    </message>
    <message>
        <source>Space ticks or unticks the person under the cursor</source>
        <translation>空格键勾选或取消勾选光标处的人员</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>纸张(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>打印机(&amp;P)</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>有效期至(&amp;U)</translation>
    </message>
    <message>
        <source>The last day of a treatment stay (default: the visit day, until the office closes)</source>
        <translation>治疗住院的最后一天（默认：就诊当天，至办公室关门）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Replace lost badge…</source>
        <translation>补办遗失胸卡(&amp;R)…</translation>
    </message>
    <message>
        <source>The old badge is refused at every door; a new one is printed</source>
        <translation>旧胸卡在所有门禁处被拒绝；并打印新胸卡</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BadgeOutput</name>
    <message>
        <source>{name} — the print system does not answer</source>
        <translation>{name} — 打印系统没有响应</translation>
    </message>
    <message>
        <source>{name} — not found</source>
        <translation>{name} — 未找到</translation>
    </message>
    <message>
        <source>{name} — looking…</source>
        <translation>{name} — 正在查找…</translation>
    </message>
    <message>
        <source>PDF file in {folder}</source>
        <translation>PDF 文件，保存在 {folder}</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>printed on {printer}</source>
        <translation>已在 {printer} 上打印</translation>
    </message>
    <message>
        <source>(printed, but the print count was not saved: {error})</source>
        <translation>（已打印，但打印次数未能保存：{error}）</translation>
    </message>
</context>
<context>
    <name>CaseBoardDialog</name>
    <message>
        <source>Case board</source>
        <translation>病例看板</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>打开病例…</translation>
    </message>
    <message>
        <source>Arrivals…</source>
        <translation>抵达…</translation>
    </message>
    <message>
        <source>Interpreters…</source>
        <translation>口译员…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Could not read the board: {why}</source>
        <translation>无法读取看板：{why}</translation>
    </message>
    <message>
        <source>{shown} of {total} stays · {open} with something open</source>
        <translation>共 {total} 个住院中显示 {shown} 个 · {open} 个有未完成事项</translation>
    </message>
    <message>
        <source>reading the days to {last}…</source>
        <translation>正在读取至 {last} 的日期…</translation>
    </message>
</context>
<context>
    <name>CaseBoardFilterBar</name>
    <message>
        <source>Name or MRN</source>
        <translation>姓名或病历号</translation>
    </message>
    <message>
        <source>Arriving any time</source>
        <translation>任何时间抵达</translation>
    </message>
    <message>
        <source>Arriving on the first day</source>
        <translation>第一天抵达</translation>
    </message>
    <message>
        <source>Arriving this week</source>
        <translation>本周抵达</translation>
    </message>
    <message>
        <source>Arriving in the next 7 days</source>
        <translation>未来 7 天内抵达</translation>
    </message>
    <message>
        <source>Any checklist</source>
        <translation>任何清单状态</translation>
    </message>
    <message>
        <source>Something open</source>
        <translation>有未完成事项</translation>
    </message>
    <message>
        <source>Open: {item}</source>
        <translation>未完成：{item}</translation>
    </message>
    <message>
        <source>Needs an interpreter, none booked</source>
        <translation>需要口译员，未预约</translation>
    </message>
    <message>
        <source>Booking to review</source>
        <translation>待复核的预约</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>所有语言</translation>
    </message>
</context>
<context>
    <name>CaseBoardModel</name>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Patient (passport)</source>
        <translation>患者（护照姓名）</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Arrives (office time)</source>
        <translation>抵达（办公室时间）</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>接送</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>○ open</source>
        <translation>○ 未完成</translation>
    </message>
    <message>
        <source>interp. {covered}/{needing}</source>
        <translation>口译 {covered}/{needing}</translation>
    </message>
    <message>
        <source>{n} to review</source>
        <translation>{n} 项待复核</translation>
    </message>
    <message>
        <source>✔ booked</source>
        <translation>✔ 已预约</translation>
    </message>
    <message>
        <source>✖ none</source>
        <translation>✖ 无</translation>
    </message>
    <message>
        <source>{needing} appointment(s) need an interpreter; {covered} booked; {review} to review after a move</source>
        <translation>{needing} 个预约需要口译员；{covered} 个已预约；{review} 个因改期待复核</translation>
    </message>
    <message>
        <source>Stays at {address}</source>
        <translation>住在 {address}</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Case — {mrn}</source>
        <translation>病例 — {mrn}</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <translation>口译员</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>住院</translation>
    </message>
    <message>
        <source>interpreter needed</source>
        <translation>需要口译员</translation>
    </message>
    <message>
        <source>staying at {address}</source>
        <translation>住在 {address}</translation>
    </message>
    <message>
        <source>No visit from today on: nothing to prepare.</source>
        <translation>今天起没有就诊：无需准备。</translation>
    </message>
    <message>
        <source>✔ Everything on the checklist is done</source>
        <translation>✔ 清单上的事项已全部完成</translation>
    </message>
    <message>
        <source>Open: {items}</source>
        <translation>未完成：{items}</translation>
    </message>
    <message>
        <source>Could not list interpreters: {why}</source>
        <translation>无法列出口译员：{why}</translation>
    </message>
    <message>
        <source>Choose who is signed in (bottom right of the desk) before changing anything.</source>
        <translation>更改任何内容之前，请先选择登录人员（窗口右下角）。</translation>
    </message>
    <message>
        <source>Still saving the last change…</source>
        <translation>仍在保存上一次更改…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>{item}: {state}</source>
        <translation>{item}：{state}</translation>
    </message>
    <message>
        <source>Travel saved ({fields})</source>
        <translation>行程已保存（{fields}）</translation>
    </message>
    <message>
        <source>Travel unchanged</source>
        <translation>行程未更改</translation>
    </message>
    <message>
        <source>Interpreter: {who} ({status})</source>
        <translation>口译员：{who}（{status}）</translation>
    </message>
    <message>
        <source>Booked, but: {warnings}</source>
        <translation>已预约，但：{warnings}</translation>
    </message>
    <message>
        <source>Booking {status}</source>
        <translation>预约：{status}</translation>
    </message>
    <message>
        <source>Booking kept for the new time</source>
        <translation>预约保留至新时间</translation>
    </message>
    <message>
        <source>Nothing was saved: {why}</source>
        <translation>未保存任何内容：{why}</translation>
    </message>
</context>
<context>
    <name>CaseViews</name>
    <message>
        <source>International &amp;case…</source>
        <translation>国际病例(&amp;C)…</translation>
    </message>
    <message>
        <source>Case &amp;board…</source>
        <translation>病例看板(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Arrivals and departures…</source>
        <translation>抵达与离开(&amp;A)…</translation>
    </message>
    <message>
        <source>Interpreter &amp;roster…</source>
        <translation>口译员名册(&amp;R)…</translation>
    </message>
    <message>
        <source>Interpreter&apos;s &amp;day sheet…</source>
        <translation>口译员当日安排(&amp;D)…</translation>
    </message>
    <message>
        <source>No interpreter booked</source>
        <translation>未预约口译员</translation>
    </message>
    <message>
        <source>Only the appointments that need an interpreter and have none booked</source>
        <translation>仅显示需要口译员但未预约的预约</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>CaseWarnings</name>
    <message>
        <source>Still open before arrival: {items}</source>
        <translation>抵达前仍未完成：{items}</translation>
    </message>
    <message>
        <source>{n} of today&apos;s appointments need an interpreter and have none booked</source>
        <translation>今天有 {n} 个预约需要口译员但未预约</translation>
    </message>
    <message>
        <source>{n} interpreter booking(s) to review after a move</source>
        <translation>{n} 个口译预约因改期待复核</translation>
    </message>
    <message>
        <source>No visit on this day</source>
        <translation>当天无就诊</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>无未完成事项</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>设置者</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>Note (optional): e.g. records by courier</source>
        <translation>备注（可选）：例如 病历通过快递寄送</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>expired (a guarantee ran out)</source>
        <translation>已过期（担保已到期）</translation>
    </message>
    <message>
        <source>Financial clearance: {name}</source>
        <translation>财务审核：{name}</translation>
    </message>
    <message>
        <source>Set estimate</source>
        <translation>设定估价</translation>
    </message>
    <message>
        <source>receipt or transfer number</source>
        <translation>收据或转账编号</translation>
    </message>
    <message>
        <source>Add deposit</source>
        <translation>添加押金</translation>
    </message>
    <message>
        <source>insurer, embassy or employer</source>
        <translation>保险公司、大使馆或雇主</translation>
    </message>
    <message>
        <source>guarantee number</source>
        <translation>担保编号</translation>
    </message>
    <message>
        <source>Add guarantee</source>
        <translation>添加担保</translation>
    </message>
    <message>
        <source>Not needed for this stay</source>
        <translation>本次住院不需要</translation>
    </message>
    <message>
        <source>Estimate, deposits, guarantees</source>
        <translation>估价、押金、担保</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>估价</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>担保方</translation>
    </message>
    <message>
        <source>Guaranteed</source>
        <translation>担保金额</translation>
    </message>
    <message>
        <source>No visit on this day: nothing to clear</source>
        <translation>当天无就诊：无需审核</translation>
    </message>
    <message>
        <source>Financial clearance: {status}</source>
        <translation>财务审核：{status}</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>状态：&lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Estimate {estimate} · deposited {deposited} · guaranteed {guaranteed} · outstanding &lt;b&gt;{outstanding}&lt;/b&gt;</source>
        <translation>估价 {estimate} · 已付押金 {deposited} · 已担保 {guaranteed} · 未结 &lt;b&gt;{outstanding}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>not valid that day</source>
        <translation>当天无效</translation>
    </message>
</context>
<context>
    <name>ClearanceFilter</name>
    <message>
        <source>Any clearance</source>
        <translation>任何财务状态</translation>
    </message>
    <message>
        <source>Clearance not cleared</source>
        <translation>财务未结清</translation>
    </message>
    <message>
        <source>Clearance expired</source>
        <translation>财务审核已过期</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>已结清</translation>
    </message>
    <message>
        <source>Financial clearance of the patients&apos; stays</source>
        <translation>患者住院的财务审核</translation>
    </message>
</context>
<context>
    <name>CompanionDialog</name>
    <message>
        <source>Add companion</source>
        <translation>添加陪同人员</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>son</source>
        <translation>儿子</translation>
    </message>
    <message>
        <source>daughter</source>
        <translation>女儿</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>friend</source>
        <translation>朋友</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Type or pick</source>
        <translation>输入或选择</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>姓(&amp;F) *</translation>
    </message>
    <message>
        <source>As in the passport, Latin letters</source>
        <translation>与护照一致，使用拉丁字母</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>名(&amp;G) *</translation>
    </message>
    <message>
        <source>Family name, &amp;native</source>
        <translation>姓（本国文字）(&amp;N)</translation>
    </message>
    <message>
        <source>In the patient&apos;s own script (optional)</source>
        <translation>使用患者本国文字（可选）</translation>
    </message>
    <message>
        <source>The family name as the patient writes it: Arabic, Hebrew, Chinese, Cyrillic…</source>
        <translation>患者自己书写的姓：阿拉伯文、希伯来文、中文、西里尔文…</translation>
    </message>
    <message>
        <source>Given name, nati&amp;ve</source>
        <translation>名（本国文字）(&amp;V)</translation>
    </message>
    <message>
        <source>The given name as the patient writes it</source>
        <translation>患者自己书写的名</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>关系(&amp;R)</translation>
    </message>
    <message>
        <source>To the patient</source>
        <translation>与患者的关系</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>With country code: +966 50 123 4567</source>
        <translation>含国家代码：+966 50 123 4567</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>{family}, {given}{native}  ·  MRN {mrn}</source>
        <translation>{family}，{given}{native}  ·  病历号 {mrn}</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>With country code: +966 50 123 4567</source>
        <translation>含国家代码：+966 50 123 4567</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Local addre&amp;ss / hotel</source>
        <translation>本地地址/酒店(&amp;S)</translation>
    </message>
    <message>
        <source>Enter starts a new line (kept as one line, separated by commas); Ctrl+Enter saves</source>
        <translation>按 Enter 换行（保存为一行，以逗号分隔）；按 Ctrl+Enter 保存</translation>
    </message>
    <message>
        <source>Hotel, street, room: where the patient stays during the visit</source>
        <translation>酒店、街道、房间：患者就诊期间的住处</translation>
    </message>
</context>
<context>
    <name>DayBatchDialog</name>
    <message>
        <source>The day&apos;s badges</source>
        <translation>当天的胸卡</translation>
    </message>
    <message>
        <source>Badges for every patient expected on {day} and their companions.</source>
        <translation>为 {day} 预计到访的所有患者及其陪同人员制作胸卡。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>纸张(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>打印机(&amp;P)</translation>
    </message>
    <message>
        <source>The print system (CUPS) does not answer.</source>
        <translation>打印系统（CUPS）没有响应。</translation>
    </message>
</context>
<context>
    <name>DayBatchPrinter</name>
    <message>
        <source>Preparing the badges of {day}…</source>
        <translation>正在准备 {day} 的胸卡…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The day&apos;s badges</source>
        <translation>当天的胸卡</translation>
    </message>
    <message>
        <source>Printing {n} badges on {printer}…</source>
        <translation>正在 {printer} 上打印 {n} 张胸卡…</translation>
    </message>
    <message>
        <source>Drawing {total} badges…</source>
        <translation>正在绘制 {total} 张胸卡…</translation>
    </message>
    <message>
        <source>{badges} badges for {patients} patients: {outcome}</source>
        <translation>{patients} 位患者的 {badges} 张胸卡：{outcome}</translation>
    </message>
    <message>
        <source>Not printed: {who}</source>
        <translation>未打印：{who}</translation>
    </message>
</context>
<context>
    <name>DaySheetModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>本国文字</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>预约</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>read the day</source>
        <translation>读取当天数据</translation>
    </message>
    <message>
        <source>check for changes</source>
        <translation>检查更改</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>所有科室</translation>
    </message>
    <message>
        <source>All interpreters</source>
        <translation>所有口译</translation>
    </message>
    <message>
        <source>Reading the day…</source>
        <translation>正在读取当天数据…</translation>
    </message>
    <message>
        <source>Could not {what}: {message}</source>
        <translation>无法{what}：{message}</translation>
    </message>
    <message>
        <source>Expected &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>预计 &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✔ Arrived &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>✔ 已到 &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>⚠ Late &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>⚠ 迟到 &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>✖ No-show &lt;b&gt;{n}&lt;/b&gt;</source>
        <translation>✖ 未到 &lt;b&gt;{n}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>DaysOffForm</name>
    <message>
        <source>Days off — {name}</source>
        <translation>休息日 — {name}</translation>
    </message>
    <message>
        <source>e.g. leave, training</source>
        <translation>例如：休假、培训</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Days off already recorded</source>
        <translation>已登记的休息日</translation>
    </message>
</context>
<context>
    <name>DeskDialogs</name>
    <message>
        <source>read the contact details</source>
        <translation>读取联系方式</translation>
    </message>
    <message>
        <source>Companion added</source>
        <translation>已添加陪同人员</translation>
    </message>
    <message>
        <source>Reading the contact details…</source>
        <translation>正在读取联系方式…</translation>
    </message>
    <message>
        <source>Contact details saved</source>
        <translation>联系方式已保存</translation>
    </message>
    <message>
        <source>Could not {what}: {message}</source>
        <translation>无法{what}：{message}</translation>
    </message>
    <message>
        <source>Walk-in registered</source>
        <translation>已登记无预约患者</translation>
    </message>
    <message>
        <source>No visit on this day: nothing to badge</source>
        <translation>当天无就诊：无需制作胸卡</translation>
    </message>
    <message>
        <source>Cancelled: no badge was printed</source>
        <translation>已取消：未打印任何胸卡</translation>
    </message>
    <message>
        <source>The day&apos;s badges were not printed</source>
        <translation>当天的胸卡未打印</translation>
    </message>
    <message>
        <source>Some names could not be printed</source>
        <translation>部分姓名无法打印</translation>
    </message>
    <message>
        <source>Not printed:</source>
        <translation>未打印：</translation>
    </message>
    <message>
        <source>Printed with the passport name only:</source>
        <translation>仅以护照姓名打印：</translation>
    </message>
    <message>
        <source>Who is &amp;on site</source>
        <translation>在院人员(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Scans at the doors…</source>
        <translation>门禁扫描记录(&amp;S)…</translation>
    </message>
    <message>
        <source>read the office&apos;s settings</source>
        <translation>读取办公室设置</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <source>PATIENT</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>COMPANION</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <source>INTERPRETER</source>
        <translation>口译员</translation>
    </message>
    <message>
        <source>VISITOR</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>入口</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>entry and exit</source>
        <translation>出入口</translation>
    </message>
    <message>
        <source>clinical area (counts nobody in or out)</source>
        <translation>诊疗区（不计进出）</translation>
    </message>
    <message>
        <source>Frontdesk — Door: {door}</source>
        <translation>Frontdesk — 门：{door}</translation>
    </message>
    <message>
        <source>Door: {door} · {direction}</source>
        <translation>门：{door} · {direction}</translation>
    </message>
    <message>
        <source>Camera: {name}</source>
        <translation>摄像头：{name}</translation>
    </message>
    <message>
        <source>No camera: scanner only</source>
        <translation>无摄像头：仅扫描枪</translation>
    </message>
    <message>
        <source>✔  VALID</source>
        <translation>✔  有效</translation>
    </message>
    <message>
        <source>✖  NOT VALID</source>
        <translation>✖  无效</translation>
    </message>
    <message>
        <source>(name not yet known at this door)</source>
        <translation>（此门尚不知道姓名）</translation>
    </message>
    <message>
        <source>To: {place}</source>
        <translation>前往：{place}</translation>
    </message>
    <message>
        <source>OUT — leaving is counted</source>
        <translation>出 — 已记录离开</translation>
    </message>
    <message>
        <source>→ IN</source>
        <translation>→ 进</translation>
    </message>
    <message>
        <source>← OUT</source>
        <translation>← 出</translation>
    </message>
    <message>
        <source>⚠  NOT LISTENING</source>
        <translation>⚠  未在监听</translation>
    </message>
    <message>
        <source>Another window has the keyboard: scans go there. Touch this screen.</source>
        <translation>另一个窗口占用了键盘：扫描会发送到那里。请触摸此屏幕。</translation>
    </message>
    <message>
        <source>Scan a badge</source>
        <translation>请扫描胸卡</translation>
    </message>
    <message>
        <source>✔ VALID</source>
        <translation>✔ 有效</translation>
    </message>
    <message>
        <source>✖ NOT VALID</source>
        <translation>✖ 无效</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>进</translation>
    </message>
    <message>
        <source>OUT (counted)</source>
        <translation>出（已计）</translation>
    </message>
    <message>
        <source>revocation list from {time} ({minutes} min old)</source>
        <translation>{time} 的吊销列表（{minutes} 分钟前）</translation>
    </message>
    <message>
        <source>no revocation list yet</source>
        <translation>尚无吊销列表</translation>
    </message>
    <message>
        <source> · {n} scan(s) waiting to be sent</source>
        <translation> · {n} 条扫描待发送</translation>
    </message>
    <message>
        <source>● Online · {age}{queue}</source>
        <translation>● 在线 · {age}{queue}</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>尚未连接</translation>
    </message>
    <message>
        <source>OFFLINE ({why}) · deciding from this door&apos;s copy · {age}{queue}</source>
        <translation>离线（{why}）· 依据本门的副本判定 · {age}{queue}</translation>
    </message>
    <message>
        <source>Frontdesk — Door</source>
        <translation>Frontdesk — 门</translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation>最近扫描</translation>
    </message>
    <message>
        <source>Fire roll-call (PDF)</source>
        <translation>火警点名表（PDF）</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>正在关闭…</translation>
    </message>
    <message>
        <source>No more scans here. Sending {n} scan(s) to the database first.</source>
        <translation>此处不再扫描。正在先将 {n} 条扫描发送到数据库。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>{field} {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HL7Listener</name>
    <message>
        <source>HL7 feed not started: {why}</source>
        <translation>HL7 数据源未启动：{why}</translation>
    </message>
    <message>
        <source>HL7 feed: listening on {where}</source>
        <translation>HL7 数据源：正在监听 {where}</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Reading who may unlock…</source>
        <translation>正在读取可解锁的人员…</translation>
    </message>
    <message>
        <source>Could not read the staff list: {message}</source>
        <translation>无法读取员工名单：{message}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Told from the content</source>
        <translation>根据内容判断</translation>
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
        <translation>{file}：{n} 个错误；未导入任何内容</translation>
    </message>
    <message>
        <source>{file} imported ({rows} read): appointments {created} created, {updated} updated, {cancelled} cancelled; patients {new} created</source>
        <translation>已导入 {file}（读取 {rows} 行）：预约 新建 {created}、更新 {updated}、取消 {cancelled}；患者 新建 {new}</translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation>导入日程</translation>
    </message>
    <message>
        <source>Schedule exports (*.csv *.hl7 *.txt *.json *.xml);;All files (*)</source>
        <translation>日程导出文件 (*.csv *.hl7 *.txt *.json *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking what would change…</source>
        <translation>正在检查将发生的更改…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Comparing with the database</source>
        <translation>与数据库比对</translation>
    </message>
    <message>
        <source>Nothing written yet. Apply to import.</source>
        <translation>尚未写入任何内容。点击“应用”导入。</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is; nothing was written.</source>
        <translation>该文件无法按原样导入；未写入任何内容。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Import the good messages and list the bad ones</source>
        <translation>导入正确的消息并列出错误的消息</translation>
    </message>
    <message>
        <source>Choose a CSV, HL7 (SIU) or FHIR (JSON) export. Nothing is written until you apply.</source>
        <translation>请选择 CSV、HL7（SIU）或 FHIR（JSON）导出文件。点击“应用”前不会写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>InterpreterDayDialog</name>
    <message>
        <source>Interpreter&apos;s day sheet</source>
        <translation>口译员当日安排</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>正在读取名册…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>保存 CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <source>off the roster</source>
        <translation>已移出名册</translation>
    </message>
    <message>
        <source>Nobody is on the roster yet</source>
        <translation>名册上还没有人</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>{n} appointment(s) for {name} on {day}</source>
        <translation>{name} 在 {day} 有 {n} 个预约</translation>
    </message>
    <message>
        <source>day off ({reason})</source>
        <translation>休息日（{reason}）</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Still saving the last file…</source>
        <translation>仍在保存上一个文件…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>InterpreterForm</name>
    <message>
        <source>New interpreter</source>
        <translation>新口译员</translation>
    </message>
    <message>
        <source>Interpreter — {name}</source>
        <translation>口译员 — {name}</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>e.g. ar, fr or zh-Hans</source>
        <translation>例如：ar、fr 或 zh-Hans</translation>
    </message>
    <message>
        <source>the building where they start the day</source>
        <translation>每天开始工作的楼宇</translation>
    </message>
    <message>
        <source>e.g. Mon-Fri 08:00-17:00; Sat 09:00-13:00</source>
        <translation>例如：Mon-Fri 08:00-17:00; Sat 09:00-13:00</translation>
    </message>
    <message>
        <source>Office time. Empty: on call, whenever booked.</source>
        <translation>办公室时间。留空：随叫随到，按预约安排。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Staff or agency</source>
        <translation>员工或机构</translation>
    </message>
    <message>
        <source>Languages (BCP 47)</source>
        <translation>语言（BCP 47）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>驻点</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
</context>
<context>
    <name>InterpreterPane</name>
    <message>
        <source>Book for the chosen appointment</source>
        <translation>为所选预约预订</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预订</translation>
    </message>
    <message>
        <source>service, e.g. LanguageLine</source>
        <translation>服务，例如 LanguageLine</translation>
    </message>
    <message>
        <source>Book phone/video</source>
        <translation>预订电话/视频</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Keep after the move</source>
        <translation>改期后保留</translation>
    </message>
    <message>
        <source>The interpreter can make the new time: the review flag goes</source>
        <translation>口译员可以按新时间到场：取消复核标记</translation>
    </message>
    <message>
        <source>In person:</source>
        <translation>现场：</translation>
    </message>
    <message>
        <source>Or remote:</source>
        <translation>或远程：</translation>
    </message>
    <message>
        <source>Booking status:</source>
        <translation>预约状态：</translation>
    </message>
    <message>
        <source>Nobody on the roster speaks the patient&apos;s language</source>
        <translation>名册上没有人会说患者的语言</translation>
    </message>
    <message>
        <source>Looking for free interpreters…</source>
        <translation>正在查找空闲的口译员…</translation>
    </message>
    <message>
        <source>Booked for {was}{where}; the appointment is now {now}. Keep it if the interpreter can make the new time, or book someone else.</source>
        <translation>原预订于 {was}{where}；预约现在为 {now}。如果口译员能按新时间到场请保留，否则请预订他人。</translation>
    </message>
</context>
<context>
    <name>InterpreterRosterDialog</name>
    <message>
        <source>Interpreter roster</source>
        <translation>口译员名册</translation>
    </message>
    <message>
        <source>Name or language</source>
        <translation>姓名或语言</translation>
    </message>
    <message>
        <source>Show those off the roster</source>
        <translation>显示已移出名册的人员</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Days off…</source>
        <translation>休息日…</translation>
    </message>
    <message>
        <source>Take off the roster</source>
        <translation>移出名册</translation>
    </message>
    <message>
        <source>Day sheet…</source>
        <translation>当日安排…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>{shown} of {total} interpreters</source>
        <translation>共 {total} 名口译员，显示 {shown} 名</translation>
    </message>
    <message>
        <source>Could not read the roster: {why}</source>
        <translation>无法读取名册：{why}</translation>
    </message>
    <message>
        <source>Back on the roster</source>
        <translation>重新列入名册</translation>
    </message>
    <message>
        <source>Saved {name} ({languages})</source>
        <translation>已保存 {name}（{languages}）</translation>
    </message>
    <message>
        <source>{name}: days off {first} to {last} removed</source>
        <translation>{name}：已删除 {first} 至 {last} 的休息日</translation>
    </message>
    <message>
        <source>{name}: off {first} to {last}</source>
        <translation>{name}：{first} 至 {last} 休息</translation>
    </message>
    <message>
        <source>Choose who is signed in (bottom right of the desk) before changing anything.</source>
        <translation>更改任何内容之前，请先选择登录人员（窗口右下角）。</translation>
    </message>
    <message>
        <source>{name} is back on the roster</source>
        <translation>{name} 已重新列入名册</translation>
    </message>
    <message>
        <source>{name} is off the roster</source>
        <translation>{name} 已移出名册</translation>
    </message>
    <message>
        <source>Nothing was saved: {why}</source>
        <translation>未保存任何内容：{why}</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Visa invitation letter: {name}</source>
        <translation>签证邀请函：{name}</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>English and {language}</source>
        <translation>英文和{language}</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Companions travelling</source>
        <translation>同行陪同人员</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
    <message>
        <source>Issue letter</source>
        <translation>签发邀请函</translation>
    </message>
    <message>
        <source>This patient&apos;s letters</source>
        <translation>该患者的邀请函</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>正在签发…</translation>
    </message>
    <message>
        <source>{number} issued and saved to {path}</source>
        <translation>{number} 已签发并保存到 {path}</translation>
    </message>
    <message>
        <source>revoked: {reason}</source>
        <translation>已吊销：{reason}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Choose a letter that is still valid</source>
        <translation>请选择仍然有效的邀请函</translation>
    </message>
    <message>
        <source>Revoke {number}</source>
        <translation>吊销 {number}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>{n} revoked</source>
        <translation>{n} 已吊销</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>邀请函另存为</translation>
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
        <translation>Frontdesk 已锁定</translation>
    </message>
    <message>
        <source>Patient information is hidden while the desk is unattended.</source>
        <translation>前台无人值守时，患者信息将被隐藏。</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN 码或密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Choose who you are to unlock:</source>
        <translation>请选择您的身份以解锁：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Signed in:</source>
        <translation>登录人员：</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>工作站：{name}</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Could not sign in: {message}</source>
        <translation>无法登录：{message}</translation>
    </message>
    <message>
        <source>Signing in… try again in a moment.</source>
        <translation>正在登录…请稍后再试。</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>谁在前台？</translation>
    </message>
    <message>
        <source>Choose who is signed in (bottom right) before changing anything.</source>
        <translation>更改任何内容之前，请先选择登录人员（右下角）。</translation>
    </message>
    <message>
        <source>Frontdesk</source>
        <translation>Frontdesk</translation>
    </message>
    <message>
        <source>Find a patient: name in any script, MRN, passport or date of birth  (Ctrl+F)</source>
        <translation>查找患者：任何文字的姓名、病历号、护照或出生日期  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>前一天（Alt+左箭头）</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>后一天（Alt+右箭头）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Back to today (Alt+Home)</source>
        <translation>回到今天（Alt+Home）</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>无预约就诊…</translation>
    </message>
    <message>
        <source>Register a patient who arrives without a booking (Ctrl+N)</source>
        <translation>登记无预约到达的患者（Ctrl+N）</translation>
    </message>
    <message>
        <source>Expected 0</source>
        <translation>预计 0</translation>
    </message>
    <message>
        <source>Arrived 0</source>
        <translation>已到 0</translation>
    </message>
    <message>
        <source>Late 0</source>
        <translation>迟到 0</translation>
    </message>
    <message>
        <source>No-show 0</source>
        <translation>未到 0</translation>
    </message>
    <message>
        <source>Show one department</source>
        <translation>只显示一个科室</translation>
    </message>
    <message>
        <source>Show one status</source>
        <translation>只显示一种状态</translation>
    </message>
    <message>
        <source>Show patients who need an interpreter for one language</source>
        <translation>显示需要某种语言口译员的患者</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>患者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>查找患者(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>无预约就诊(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Check in…</source>
        <translation>登记到达(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>撤销到达登记(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Mark &amp;no-show</source>
        <translation>标记为未到(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add &amp;companion…</source>
        <translation>添加陪同人员(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Edit contact details…</source>
        <translation>编辑联系方式(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Print &amp;badges…</source>
        <translation>打印胸卡(&amp;B)…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Print the &amp;day&apos;s badges…</source>
        <translation>打印当天的胸卡(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Visit &amp;summary…</source>
        <translation>就诊摘要(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>前一天(&amp;P)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>后一天(&amp;N)</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>&amp;Import schedule…</source>
        <translation>导入日程(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <translation>时间</translation>
    </message>
    <message>
        <source>Flight / train</source>
        <translation>航班 / 火车</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>同行人数</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>接送</translation>
    </message>
    <message>
        <source>Stays at</source>
        <translation>住处</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>已预订</translation>
    </message>
    <message>
        <source>✖ none</source>
        <translation>✖ 无</translation>
    </message>
</context>
<context>
    <name>MrzInput</name>
    <message>
        <source>Passport MRZ (scan with the reader, or paste both lines)</source>
        <translation>护照机读区（用阅读器扫描，或粘贴两行）</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} 个字符</translation>
    </message>
    <message>
        <source>✓ Read: {name}, passport {number} ({nationality}), born {born}</source>
        <translation>✓ 已读取：{name}，护照 {number}（{nationality}），出生于 {born}</translation>
    </message>
    <message>
        <source>⚠ This passport expired on {day}.</source>
        <translation>⚠ 此护照已于 {day} 过期。</translation>
    </message>
</context>
<context>
    <name>OnsiteDock</name>
    <message>
        <source>On site</source>
        <translation>在院</translation>
    </message>
    <message>
        <source>Fire roll-call (PDF)</source>
        <translation>火警点名表（PDF）</translation>
    </message>
    <message>
        <source>{n} on site{parts}</source>
        <translation>{n} 人在院{parts}</translation>
    </message>
</context>
<context>
    <name>OnsiteModel</name>
    <message>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>胸卡</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>进入时间</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>门</translation>
    </message>
    <message>
        <source>Going to</source>
        <translation>前往</translation>
    </message>
</context>
<context>
    <name>PatientActions</name>
    <message>
        <source>Check-in is for today: go back to today (Alt+Home) first</source>
        <translation>到达登记仅限今天：请先回到今天（Alt+Home）</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>正在登记到达…</translation>
    </message>
    <message>
        <source>Check-in failed</source>
        <translation>到达登记失败</translation>
    </message>
    <message>
        <source>Undoing the check-in…</source>
        <translation>正在撤销到达登记…</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>撤销失败</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>已撤销到达登记</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Mark {n} remaining appointment(s) of {name} as no-show?</source>
        <translation>将 {name} 剩余的 {n} 个预约标记为未到？</translation>
    </message>
    <message>
        <source>Marking no-show…</source>
        <translation>正在标记未到…</translation>
    </message>
    <message>
        <source>No-show failed</source>
        <translation>标记未到失败</translation>
    </message>
    <message>
        <source>{n} appointment(s) marked no-show</source>
        <translation>{n} 个预约已标记为未到</translation>
    </message>
    <message>
        <source>unknown staff</source>
        <translation>未知人员</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time} by {who} at {where}</source>
        <translation>{name}：已于 {time} 由 {who} 在 {where} 登记到达</translation>
    </message>
    <message>
        <source>{name}: checked in at {time} by {who} at {where}</source>
        <translation>{name}：{time} 由 {who} 在 {where} 登记到达</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time} by {who}</source>
        <translation>{name}：已于 {time} 由 {who} 登记到达</translation>
    </message>
    <message>
        <source>{name}: checked in at {time} by {who}</source>
        <translation>{name}：{time} 由 {who} 登记到达</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>登记到达</translation>
    </message>
    <message>
        <source>Check in {name}?</source>
        <translation>为 {name} 登记到达？</translation>
    </message>
    <message>
        <source>Ask the patient to confirm the date of birth: &lt;b&gt;{dob}&lt;/b&gt;</source>
        <translation>请患者确认出生日期：&lt;b&gt;{dob}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The date of birth is &lt;b&gt;not known&lt;/b&gt; (a hospital feed had none): ask it</source>
        <translation>出生日期&lt;b&gt;未知&lt;/b&gt;（医院数据中没有）：请询问患者</translation>
    </message>
    <message>
        <source>Financial clearance missing: no estimate, deposit or guarantee</source>
        <translation>缺少财务审核：无估价、押金或担保</translation>
    </message>
    <message>
        <source>Financial clearance pending: the estimate is not covered</source>
        <translation>财务审核待定：估价尚未覆盖</translation>
    </message>
    <message>
        <source>Financial clearance expired: a guarantee of payment ran out</source>
        <translation>财务审核已过期：付款担保已到期</translation>
    </message>
</context>
<context>
    <name>PatientPanel</name>
    <message>
        <source>Visa letter…</source>
        <translation>签证邀请函…</translation>
    </message>
    <message>
        <source>Issue a signed visa invitation letter</source>
        <translation>签发已签名的签证邀请函</translation>
    </message>
    <message>
        <source>Clearance…</source>
        <translation>财务审核…</translation>
    </message>
    <message>
        <source>The stay&apos;s estimate, deposits and guarantees</source>
        <translation>住院的估价、押金和担保</translation>
    </message>
    <message>
        <source>unknown: ask the patient</source>
        <translation>未知：请询问患者</translation>
    </message>
    <message>
        <source>· interpreter needed</source>
        <translation>· 需要口译员</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>✔ Arrived at {time}, checked in by {who}{where}</source>
        <translation>✔ {time} 到达，由 {who}{where} 登记</translation>
    </message>
    <message>
        <source>✖ No-show</source>
        <translation>✖ 未到</translation>
    </message>
    <message>
        <source>No appointments on {day}</source>
        <translation>{day} 无预约</translation>
    </message>
    <message>
        <source>Expected: first appointment at {time}</source>
        <translation>预计：首个预约在 {time}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No visit on this day</source>
        <translation>当天无就诊</translation>
    </message>
    <message>
        <source>None issued yet</source>
        <translation>尚未签发</translation>
    </message>
    <message>
        <source>valid until {time}</source>
        <translation>有效至 {time}</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>{number} · {name} · {holder} · printed {n}× · {state}</source>
        <translation>{number} · {name} · {holder} · 打印 {n} 次 · {state}</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Find a patient, or pick a row of the day, to see them here.</source>
        <translation>查找患者或选择当天的一行，即可在此查看。</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>登记到达…</translation>
    </message>
    <message>
        <source>Check the patient in for the day (Ctrl+Enter)</source>
        <translation>为患者登记当天到达（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>撤销到达登记</translation>
    </message>
    <message>
        <source>Undo this day&apos;s check-in (Ctrl+Shift+Z)</source>
        <translation>撤销当天的到达登记（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Mark the day&apos;s remaining appointments as no-show (Ctrl+Shift+N)</source>
        <translation>将当天剩余的预约标记为未到（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Staying at</source>
        <translation>住处</translation>
    </message>
    <message>
        <source>Before arrival</source>
        <translation>抵达前</translation>
    </message>
    <message>
        <source>Case…</source>
        <translation>病例…</translation>
    </message>
    <message>
        <source>The patient&apos;s international case: checklist, travel, interpreters (Ctrl+Shift+K)</source>
        <translation>患者的国际病例：清单、行程、口译员（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>今天的预约</translation>
    </message>
    <message>
        <source>Visit summary…</source>
        <translation>就诊摘要…</translation>
    </message>
    <message>
        <source>Print the day&apos;s appointments for the patient, in their language (Ctrl+Shift+P)</source>
        <translation>用患者的语言为其打印当天的预约（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <source>Add companion…</source>
        <translation>添加陪同人员…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Badges issued</source>
        <translation>已发胸卡</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>打印胸卡…</translation>
    </message>
    <message>
        <source>Print, reprint or replace the badges of the patient and companions (Ctrl+B)</source>
        <translation>打印、重新打印或补办患者及陪同人员的胸卡（Ctrl+B）</translation>
    </message>
    <message>
        <source>Edit contact details…</source>
        <translation>编辑联系方式…</translation>
    </message>
    <message>
        <source>Phone, e-mail, hotel (Ctrl+Shift+E)</source>
        <translation>电话、电子邮件、酒店（Ctrl+Shift+E）</translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message>
        <source>rejecting jobs</source>
        <translation>拒绝作业</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>cannot be reached</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>out of labels or paper</source>
        <translation>标签或纸张用完</translation>
    </message>
    <message>
        <source>needs labels or paper loaded</source>
        <translation>需要装入标签或纸张</translation>
    </message>
    <message>
        <source>paper jam</source>
        <translation>卡纸</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>盖子打开</translation>
    </message>
    <message>
        <source>a door open</source>
        <translation>有门打开</translation>
    </message>
    <message>
        <source>out of toner</source>
        <translation>碳粉用完</translation>
    </message>
    <message>
        <source>out of ink or toner</source>
        <translation>墨水或碳粉用完</translation>
    </message>
    <message>
        <source>no tray</source>
        <translation>没有纸盒</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>没有响应</translation>
    </message>
    <message>
        <source>partly stopped</source>
        <translation>部分停止</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>no driver for this document</source>
        <translation>没有适用于此文档的驱动程序</translation>
    </message>
    <message>
        <source>Resume it in the printer settings, then print again.</source>
        <translation>请在打印机设置中恢复它，然后重新打印。</translation>
    </message>
    <message>
        <source>Set it to accept jobs in the printer settings, or choose another.</source>
        <translation>请在打印机设置中将其设为接受作业，或选择另一台打印机。</translation>
    </message>
    <message>
        <source>Switch it on and connect it, then print again.</source>
        <translation>请打开并连接它，然后重新打印。</translation>
    </message>
    <message>
        <source>Check its cable or network and that it is on, then print again.</source>
        <translation>请检查其电缆或网络以及是否已开机，然后重新打印。</translation>
    </message>
    <message>
        <source>Load labels or paper, then print again.</source>
        <translation>请装入标签或纸张，然后重新打印。</translation>
    </message>
    <message>
        <source>Clear the jam, then print again.</source>
        <translation>请清除卡纸，然后重新打印。</translation>
    </message>
    <message>
        <source>Fix it or choose another printer, then print again.</source>
        <translation>请排除问题或选择另一台打印机，然后重新打印。</translation>
    </message>
    <message>
        <source>No printer is chosen: choose one, or choose “PDF file” to save the badges.</source>
        <translation>没有选择打印机：请选择一台，或选择“PDF 文件”来保存胸卡。</translation>
    </message>
    <message>
        <source>There is no printer {printer} any more: choose another.</source>
        <translation>打印机 {printer} 已不存在：请选择另一台。</translation>
    </message>
    <message>
        <source>{printer} refused the job: {said}.</source>
        <translation>{printer} 拒绝了作业：{said}。</translation>
    </message>
    <message>
        <source>The print system (CUPS) does not answer.</source>
        <translation>打印系统（CUPS）没有响应。</translation>
    </message>
    <message>
        <source>CUPS lost job {job} on {printer}.</source>
        <translation>CUPS 丢失了 {printer} 上的作业 {job}。</translation>
    </message>
    <message>
        <source>The print system (CUPS) stopped answering while job {job} was on {printer}: check what came out before printing again.</source>
        <translation>作业 {job} 在 {printer} 上时打印系统（CUPS）停止了响应：重新打印前请检查已经打印出的内容。</translation>
    </message>
    <message>
        <source>Job {job} on {printer} was cancelled.</source>
        <translation>{printer} 上的作业 {job} 已被取消。</translation>
    </message>
    <message>
        <source>Job {job} on {printer} stopped with an error.</source>
        <translation>{printer} 上的作业 {job} 因错误而停止。</translation>
    </message>
    <message>
        <source>Job {job} is held on {printer}.</source>
        <translation>作业 {job} 在 {printer} 上被挂起。</translation>
    </message>
    <message>
        <source>Job {job} stopped on {printer}.</source>
        <translation>作业 {job} 在 {printer} 上停止了。</translation>
    </message>
    <message>
        <source>{printer} does not take the job (“{said}”): check that it is on and connected, then print again.</source>
        <translation>{printer} 不接收该作业（“{said}”）：请检查它是否已开机并已连接，然后重新打印。</translation>
    </message>
    <message>
        <source>Job {job} on {printer} did not finish in {minutes} minutes.</source>
        <translation>{printer} 上的作业 {job} 未在 {minutes} 分钟内完成。</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>{printer}: {state}.</source>
        <translation>{printer}：{state}。</translation>
    </message>
    <message>
        <source>printed on {printer} ({stock}, job {job})</source>
        <translation>已在 {printer} 上打印（{stock}，作业 {job}）</translation>
    </message>
    <message>
        <source>{pages} page(s) sent to {printer} (this system does not report whether it printed)</source>
        <translation>已向 {printer} 发送 {pages} 页（此系统不报告是否已打印）</translation>
    </message>
    <message>
        <source>{printer} has no stock for “{layout}”: it needs {needed}. Choose another printer or layout ({printer}&apos;s stocks: {have}).</source>
        <translation>{printer} 没有适用于“{layout}”的介质：需要 {needed}。请选择另一台打印机或另一种版式（{printer} 的介质：{have}）。</translation>
    </message>
    <message>
        <source>none it reports</source>
        <translation>未报告任何介质</translation>
    </message>
    <message>
        <source>{printer} did not print.</source>
        <translation>{printer} 没有打印。</translation>
    </message>
    <message>
        <source>Job {job} was cancelled.</source>
        <translation>作业 {job} 已被取消。</translation>
    </message>
    <message>
        <source>Nothing was counted as printed.</source>
        <translation>没有任何胸卡计为已打印。</translation>
    </message>
</context>
<context>
    <name>RollCall</name>
    <message>
        <source>Fire roll-call</source>
        <translation>火警点名</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>位于 {folder}</translation>
    </message>
    <message>
        <source>Printed on {printer} and saved as {name}</source>
        <translation>已在 {printer} 上打印并保存为 {name}</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>已保存为 {name}</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Own script</source>
        <translation>本国文字</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Staff / agency</source>
        <translation>员工 / 机构</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>驻点</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Days off ahead</source>
        <translation>即将到来的休息日</translation>
    </message>
    <message>
        <source>{name} (off the roster)</source>
        <translation>{name}（已移出名册）</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>随叫随到</translation>
    </message>
</context>
<context>
    <name>ScanLogDialog</name>
    <message>
        <source>Scans at the doors</source>
        <translation>门禁扫描记录</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>所有结果</translation>
    </message>
    <message>
        <source>Refused only</source>
        <translation>仅拒绝的</translation>
    </message>
    <message>
        <source>Valid only</source>
        <translation>仅有效的</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>胸卡编号</translation>
    </message>
    <message>
        <source>All doors</source>
        <translation>所有门</translation>
    </message>
    <message>
        <source>{shown} of {total} scans shown · {refused} refused</source>
        <translation>共 {total} 条扫描，显示 {shown} 条 · 拒绝 {refused} 条</translation>
    </message>
</context>
<context>
    <name>ScanLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>门</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>胸卡</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Patient (passport)</source>
        <translation>患者（护照姓名）</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>科室</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>医生</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>{status}: arrived at {time}</source>
        <translation>{status}：{time} 到达</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>电话口译</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>视频口译</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>Interpreter booked: {who}</source>
        <translation>已预约口译员：{who}</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>Interpreter needed: {language} ({tag})</source>
        <translation>需要口译员：{language}（{tag}）</translation>
    </message>
    <message>
        <source>{who}: to review, the appointment moved</source>
        <translation>{who}：待复核，预约已改期</translation>
    </message>
    <message>
        <source>booked: {who} ({status})</source>
        <translation>已预约：{who}（{status}）</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>none booked</source>
        <translation>未预约</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>No patient matches “{q}”</source>
        <translation>没有与“{q}”匹配的患者</translation>
    </message>
    <message>
        <source>{n} patients match “{q}” — ↑↓ to choose, Enter to open</source>
        <translation>{n} 位患者与“{q}”匹配 — ↑↓ 选择，Enter 打开</translation>
    </message>
    <message>
        <source>Could not search: {message}</source>
        <translation>无法搜索：{message}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Patient (passport)</source>
        <translation>患者（护照姓名）</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>本国文字姓名</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>病历号</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>✔ expected</source>
        <translation>✔ 预计到访</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>— nobody —</source>
        <translation>— 无人 —</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Schedule watch folder</source>
        <translation>日程监视文件夹</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>This station&apos;s name</source>
        <translation>本工作站名称</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录人员</translation>
    </message>
    <message>
        <source>Office time zone</source>
        <translation>办公室时区</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>sqlite:///path/to/file or postgresql://host/name</source>
        <translation>sqlite:///文件路径 或 postgresql://主机/库名</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>空闲时锁定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Cover patient information after this many minutes without a key or click (0: never)</source>
        <translation>在这么多分钟无按键或点击后遮盖患者信息（0：从不）</translation>
    </message>
    <message>
        <source>none: new exports dropped here are imported (done/ and failed/ beside them)</source>
        <translation>无：放入此处的新导出文件会被导入（旁边有 done/ 和 failed/）</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>HL7 feed (MLLP)</source>
        <translation>HL7 数据源（MLLP）</translation>
    </message>
    <message>
        <source>0.0.0.0 (every network interface)</source>
        <translation>0.0.0.0（所有网络接口）</translation>
    </message>
    <message>
        <source>The address the listener takes: 0.0.0.0 for the hospital&apos;s interface engine on another computer, 127.0.0.1 for this computer only</source>
        <translation>监听地址：0.0.0.0 供另一台计算机上的医院接口引擎使用，127.0.0.1 仅限本机</translation>
    </message>
    <message>
        <source>port </source>
        <translation>端口 </translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The TCP port the interface engine sends SIU messages to (2575 is usual); each is applied and acknowledged. Off: no listener on this station</source>
        <translation>接口引擎发送 SIU 消息的 TCP 端口（通常为 2575）；每条消息都会被应用并确认。关闭：本工作站不监听</translation>
    </message>
    <message>
        <source>The time zone is the whole office&apos;s (it is kept in the database). A new database takes effect when Frontdesk starts again.</source>
        <translation>时区属于整个办公室（保存在数据库中）。新数据库在 Frontdesk 重新启动后生效。</translation>
    </message>
    <message>
        <source>Language of the desk</source>
        <translation>前台语言</translation>
    </message>
    <message>
        <source>The language of this station&apos;s windows (the patients&apos; papers follow each patient&apos;s own language)</source>
        <translation>本工作站窗口的语言（患者的文件按各自的语言打印）</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in at {station}</source>
        <translation>在 {station} 登录</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Visit summary — {name}</source>
        <translation>就诊摘要 — {name}</translation>
    </message>
    <message>
        <source>No summary in {language} yet: English instead.</source>
        <translation>暂无{language}摘要：改用英文。</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信纸</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <source>The office&apos;s address is not set: this summary has none (Settings, or frontdesk office-info --address).</source>
        <translation>未设置办公室地址：此摘要中没有地址（设置，或 frontdesk office-info --address）。</translation>
    </message>
    <message>
        <source>The office&apos;s phone number is not set: this summary has none (Settings, or frontdesk office-info --phone).</source>
        <translation>未设置办公室电话：此摘要中没有电话（设置，或 frontdesk office-info --phone）。</translation>
    </message>
    <message>
        <source>{appointments} appointment(s) on {days} day(s), in {language}</source>
        <translation>{days} 天内 {appointments} 个预约，{language}</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>未打印任何内容。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>saved {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>visit summary: {words}</source>
        <translation>就诊摘要：{words}</translation>
    </message>
    <message>
        <source>visit summary: {pages} page(s) sent to {printer}</source>
        <translation>就诊摘要：{pages} 页已发送至 {printer}</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>就诊摘要</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The patient&apos;s preferred language unless you choose another</source>
        <translation>除非另选，否则使用患者的首选语言</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>The last day of a stay of several days</source>
        <translation>多日住院的最后一天</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>纸张(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>打印机(&amp;P)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TravelForm</name>
    <message>
        <source>YYYY-MM-DD HH:MM, as on the ticket</source>
        <translation>YYYY-MM-DD HH:MM，与票面一致</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>航班</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>火车</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>公路</translation>
    </message>
    <message>
        <source>Pickup booked</source>
        <translation>已预订接机</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵达</translation>
    </message>
    <message>
        <source>By</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Flight / train</source>
        <translation>航班 / 火车</translation>
    </message>
    <message>
        <source>From</source>
        <translation>出发地</translation>
    </message>
    <message>
        <source>Lands at</source>
        <translation>抵达地点</translation>
    </message>
    <message>
        <source>Local time there</source>
        <translation>当地时间</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>接送</translation>
    </message>
    <message>
        <source>driver or company</source>
        <translation>司机或公司</translation>
    </message>
    <message>
        <source>Meeting point</source>
        <translation>集合地点</translation>
    </message>
    <message>
        <source>At (local time)</source>
        <translation>时间（当地时间）</translation>
    </message>
    <message>
        <source>Where they stay</source>
        <translation>住处</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>hotel, street</source>
        <translation>酒店、街道</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>入住</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>退房</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Leaves from</source>
        <translation>出发地点</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Transfer by</source>
        <translation>送机方</translation>
    </message>
    <message>
        <source>Save travel</source>
        <translation>保存行程</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>office time {time}</source>
        <translation>办公室时间 {time}</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Scheduled</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预订</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Double-booked</source>
        <translation>重复预约</translation>
    </message>
    <message>
        <source>Tight travel between buildings</source>
        <translation>楼宇间转移时间紧张</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Not on the roster any more</source>
        <translation>已不在名册上</translation>
    </message>
    <message>
        <source>Medical records received</source>
        <translation>已收到病历</translation>
    </message>
    <message>
        <source>Records translated</source>
        <translation>病历已翻译</translation>
    </message>
    <message>
        <source>Visa letter issued</source>
        <translation>已签发签证邀请函</translation>
    </message>
    <message>
        <source>Financial clearance</source>
        <translation>财务审核</translation>
    </message>
    <message>
        <source>Travel booked</source>
        <translation>已订行程</translation>
    </message>
    <message>
        <source>Hotel booked</source>
        <translation>已订酒店</translation>
    </message>
    <message>
        <source>Interpreter booked</source>
        <translation>已约口译员</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>companion</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <source>interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>病历</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>签证</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>酒店</translation>
    </message>
    <message>
        <source>Interp.</source>
        <translation>口译</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>the interpreter bookings</source>
        <translation>口译预约</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register walk-in</source>
        <translation>登记无预约患者</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Type part of the name or the code</source>
        <translation>输入名称的一部分或代码</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>输入名称的一部分</translation>
    </message>
    <message>
        <source>Type or pick</source>
        <translation>输入或选择</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>门诊</translation>
    </message>
    <message>
        <source>second opinion</source>
        <translation>第二诊疗意见</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>治疗</translation>
    </message>
    <message>
        <source>imaging</source>
        <translation>影像检查</translation>
    </message>
    <message>
        <source>lab</source>
        <translation>化验</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>复诊</translation>
    </message>
    <message>
        <source>Appointment on {day}</source>
        <translation>{day} 的预约</translation>
    </message>
    <message>
        <source>{text} is not a country in the list: type part of its name</source>
        <translation>{text} 不在国家列表中：请输入其名称的一部分</translation>
    </message>
    <message>
        <source>{time} does not exist that day: the clocks go forward</source>
        <translation>当天不存在 {time}：时钟拨快</translation>
    </message>
    <message>
        <source>Walk-in patient</source>
        <translation>无预约患者</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>&amp;MRN *</source>
        <translation>病历号(&amp;M) *</translation>
    </message>
    <message>
        <source>Medical record number</source>
        <translation>病历号</translation>
    </message>
    <message>
        <source>The hospital&apos;s medical record number: letters, digits and - _ / .</source>
        <translation>医院的病历号：字母、数字及 - _ / .</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>姓(&amp;F) *</translation>
    </message>
    <message>
        <source>As in the passport, Latin letters</source>
        <translation>与护照一致，使用拉丁字母</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>名(&amp;G) *</translation>
    </message>
    <message>
        <source>Family name, &amp;native</source>
        <translation>姓（本国文字）(&amp;N)</translation>
    </message>
    <message>
        <source>In the patient&apos;s own script (optional)</source>
        <translation>使用患者本国文字（可选）</translation>
    </message>
    <message>
        <source>The family name as the patient writes it: Arabic, Hebrew, Chinese, Cyrillic…</source>
        <translation>患者自己书写的姓：阿拉伯文、希伯来文、中文、西里尔文…</translation>
    </message>
    <message>
        <source>Given name, nati&amp;ve</source>
        <translation>名（本国文字）(&amp;V)</translation>
    </message>
    <message>
        <source>The given name as the patient writes it</source>
        <translation>患者自己书写的名</translation>
    </message>
    <message>
        <source>&amp;Date of birth *</source>
        <translation>出生日期(&amp;D) *</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>YYYY-MM-DD 或 DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>性别(&amp;X)</translation>
    </message>
    <message>
        <source>N&amp;ationality</source>
        <translation>国籍(&amp;A)</translation>
    </message>
    <message>
        <source>Type part of the country&apos;s name or its code</source>
        <translation>输入国家名称的一部分或其代码</translation>
    </message>
    <message>
        <source>&amp;Passport no.</source>
        <translation>护照号(&amp;P)</translation>
    </message>
    <message>
        <source>Language and contact</source>
        <translation>语言和联系方式</translation>
    </message>
    <message>
        <source>Preferred &amp;language</source>
        <translation>首选语言(&amp;L)</translation>
    </message>
    <message>
        <source>Type part of the language&apos;s name, or a BCP 47 tag such as pt-BR</source>
        <translation>输入语言名称的一部分，或 BCP 47 标记，如 pt-BR</translation>
    </message>
    <message>
        <source>&amp;Interpreter needed</source>
        <translation>需要口译员(&amp;I)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>电话(&amp;H)</translation>
    </message>
    <message>
        <source>With country code: +966 50 123 4567</source>
        <translation>含国家代码：+966 50 123 4567</translation>
    </message>
    <message>
        <source>Patients come from abroad: start with + and the country code</source>
        <translation>患者来自国外：请以 + 和国家代码开头</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Local addre&amp;ss / hotel</source>
        <translation>本地地址/酒店(&amp;S)</translation>
    </message>
    <message>
        <source>Where the patient stays during the visit</source>
        <translation>患者就诊期间的住处</translation>
    </message>
    <message>
        <source>Appointment today</source>
        <translation>今天的预约</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <source>Start, in the office&apos;s time zone</source>
        <translation>开始时间（办公室时区）</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>时长(&amp;U)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Depa&amp;rtment</source>
        <translation>科室(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>医生(&amp;C)</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>地点(&amp;O)</translation>
    </message>
    <message>
        <source>Building, floor, room</source>
        <translation>楼宇、楼层、房间</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>类型(&amp;Y)</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
</context>
<context>
    <name>WatchFolder</name>
    <message>
        <source>{n} error(s), see its report</source>
        <translation>{n} 个错误，请查看其报告</translation>
    </message>
    <message>
        <source>{name}: import failed ({why})</source>
        <translation>{name}：导入失败（{why}）</translation>
    </message>
    <message>
        <source>{name}: not imported yet ({why})</source>
        <translation>{name}：尚未导入（{why}）</translation>
    </message>
    <message>
        <source>Watch folder not started: {why}</source>
        <translation>监视文件夹未启动：{why}</translation>
    </message>
</context>
<context>
    <name>_SavingForm</name>
    <message>
        <source>Choose who is signed in (bottom right of the desk) before changing anything.</source>
        <translation>更改任何内容之前，请先选择登录人员（窗口右下角）。</translation>
    </message>
    <message>
        <source>Nothing was saved: {why}</source>
        <translation>未保存任何内容：{why}</translation>
    </message>
</context>
<context>
    <name>door</name>
    <message>
        <source>Not a badge of this hospital (the code cannot be read as one)</source>
        <translation>不是本医院的胸卡（无法识别该代码）</translation>
    </message>
    <message>
        <source>Not issued by this office (unknown signing key)</source>
        <translation>非本办公室签发（未知签名密钥）</translation>
    </message>
    <message>
        <source>Forged or altered badge</source>
        <translation>伪造或被篡改的胸卡</translation>
    </message>
    <message>
        <source>Not valid yet: valid from {time}</source>
        <translation>尚未生效：自 {time} 起有效</translation>
    </message>
    <message>
        <source>Expired at {time}</source>
        <translation>已于 {time} 过期</translation>
    </message>
    <message>
        <source>Badge revoked: send the holder to the front desk</source>
        <translation>胸卡已吊销：请让持卡人到前台</translation>
    </message>
    <message>
        <source>Replaced by a newer badge: this one no longer opens doors</source>
        <translation>已被新胸卡替换：此卡不再能开门</translation>
    </message>
    <message>
        <source>Badge of another version: send the holder to the front desk</source>
        <translation>其他版本的胸卡：请让持卡人到前台</translation>
    </message>
    <message>
        <source>Forged badge: it is not the badge the desk issued</source>
        <translation>伪造胸卡：不是前台签发的胸卡</translation>
    </message>
    <message>
        <source>Not in this door&apos;s list yet: send the holder to the front desk</source>
        <translation>尚未在此门的名单中：请让持卡人到前台</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Incomplete read ({n} of {total} characters): scan the badge again</source>
        <translation>读取不完整（{n}/{total} 个字符）：请重新扫描胸卡</translation>
    </message>
    <message>
        <source>Not a badge of this hospital: a code of {n} characters (a wristband? another barcode?)</source>
        <translation>不是本医院的胸卡：{n} 个字符的代码（腕带？其他条码？）</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <source>The database is busy; try again.</source>
        <translation>数据库繁忙，请重试。</translation>
    </message>
    <message>
        <source>The database cannot be reached; try again in a moment. ({detail})</source>
        <translation>无法连接数据库，请稍后重试。（{detail}）</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): {message}. The details are in the log.</source>
        <translation>意外错误（{kind}）：{message}。详情见日志。</translation>
    </message>
    <message>
        <source>{n} more since this one; see the log.</source>
        <translation>此后又有 {n} 个；请查看日志。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
</context>
</TS>
