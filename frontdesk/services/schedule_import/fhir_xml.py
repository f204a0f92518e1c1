"""FHIR XML (R4) read into the JSON form the bundle reader takes, so that an XML export is read
exactly as the same export in JSON.

    >>> xml = b'''<Appointment xmlns="http://hl7.org/fhir"><id value="a1"/>
    ...   <status value="booked"/><minutesDuration value="20"/>
    ...   <participant><actor><display value="Dr Adam Careful"/></actor></participant>
    ... </Appointment>'''
    >>> appointment = fhir_xml_to_json(xml)
    >>> appointment["minutesDuration"], appointment["participant"]
    (20, [{'actor': {'display': 'Dr Adam Careful'}}])

The XML form of FHIR says nothing of which elements repeat or which primitives are numbers;
the JSON form does. The models of fhir.resources (already the project's check of the sample
bundles) know both, so each element is put as a list or a single value, a number or a string,
as the R4 definition of its parent says. Elements the definition does not know are left out, as
the JSON reader leaves unknown members; the narrative's XHTML is left out (the desk does not
read it). The standard library's parser reads the XML; a document with a DOCTYPE (entities,
external references) is refused before parsing: FHIR XML never has one.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import typing
import xml.etree.ElementTree as ET

FHIR = "{http://hl7.org/fhir}"


class XmlProblem(Exception):
    def __init__(self, place: str, message: str) -> None:
        super().__init__(f"{place}: {message}")
        self.place = place
        self.message = message


def fhir_xml_to_json(data: bytes) -> dict:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise XmlProblem("file", "an XML DOCTYPE or ENTITY declaration: FHIR XML has none")
    try:
        root = ET.fromstring(data)
    except LookupError as exc:  # the declaration names an encoding Python does not know
        raise XmlProblem("line 1", f"the XML declaration's encoding: {exc}") from None
    except ET.ParseError as exc:
        line, column = exc.position
        place = f"line {line}, column {column + 1}"
        reason = str(exc).split(": line ")[0]  # the place is said once, in the place
        raise XmlProblem(place, f"not well-formed XML ({reason})") from None
    if not root.tag.startswith(FHIR):
        raise XmlProblem("file", "this is XML, but not FHIR (no http://hl7.org/fhir namespace)")
    return _resource(root, "")


def _local(tag: str) -> str:
    return tag[len(FHIR) :] if tag.startswith(FHIR) else tag


def _resource(element: ET.Element, path: str) -> dict:
    name = _local(element.tag)
    model = _resource_model(name)
    if model is None:
        raise XmlProblem(path or name, f"{name!r} is not a FHIR R4 resource")
    out: dict = {"resourceType": name}
    _fill(out, element, model, path)
    return out


@functools.cache
def _resource_model(name: str):
    try:
        from fhir.resources.R4B import get_fhir_model_class
    except ImportError:  # the Debian package leaves the FHIR models out (size): JSON only
        raise XmlProblem(
            name,
            "this installation reads FHIR in JSON only (the fhir.resources library is not "
            "installed); export the bundle as JSON",
        ) from None

    try:
        return get_fhir_model_class(name)
    except (KeyError, ValueError):
        return None


def _fill(out: dict, element: ET.Element, model, path: str) -> None:
    for attribute in ("id", "url"):  # an element's id, an extension's url
        if attribute in element.attrib:
            out[attribute] = element.attrib[attribute]
    fields = _fields(model)
    for child in element:
        if not isinstance(child.tag, str) or not child.tag.startswith(FHIR):
            continue  # comments, the narrative's XHTML
        name = _local(child.tag)
        if name not in fields:
            continue
        kind, target, many = fields[name]
        # the place as the JSON reader names it: entry[1].resource.minutesDuration
        where = (f"{path}." if path else "") + name
        if many:
            where += f"[{len(out.get(name, ()))}]"
        if kind == "resource":
            inner = [c for c in child if isinstance(c.tag, str) and c.tag.startswith(FHIR)]
            if len(inner) != 1:
                raise XmlProblem(where, "expected one resource inside")
            value = _resource(inner[0], where)
        elif kind == "complex":
            value = {}
            _fill(value, child, target, where)
        else:
            if "value" not in child.attrib:
                continue  # a primitive with only an extension: nothing the desk reads
            value = _primitive(child.attrib["value"], target, where)
        if many:
            out.setdefault(name, []).append(value)
        else:
            out[name] = value


def _primitive(text: str, python_type, where: str):
    try:
        if python_type is bool:
            if text not in ("true", "false"):
                raise ValueError
            return text == "true"
        if python_type is int:
            return int(text)
        if python_type in (float, decimal.Decimal):
            return float(text)
    except ValueError:
        what = {bool: "true or false", int: "a whole number"}.get(python_type, "a number")
        raise XmlProblem(where, f"{text!r} is not {what}") from None
    return text


@functools.cache
def _fields(model) -> dict[str, tuple[str, object, bool]]:
    """For each element name of the model: (resource | complex | primitive, the model or the
    Python type, whether it repeats)."""
    found = {}
    for field in model.model_fields.values():
        name = field.alias
        if not name or name.startswith("_") or name in ("resourceType", "fhir_comments"):
            continue
        annotation, many = _unwrap(field.annotation)
        if annotation is None:
            continue
        if getattr(annotation, "__name__", "") == "ResourceType":
            found[name] = ("resource", None, many)
        elif hasattr(annotation, "get_model_klass"):
            found[name] = ("complex", annotation.get_model_klass(), many)
        else:
            found[name] = ("primitive", annotation, many)
    return found


def _unwrap(annotation) -> tuple[object, bool]:
    many = False
    for _ in range(6):
        origin = typing.get_origin(annotation)
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
            annotation = args[0] if args else None
        elif origin is list:
            many, annotation = True, args[0]
        elif origin is typing.Annotated:
            annotation = args[0]
        else:
            break
    if annotation in (dt.datetime, dt.date, dt.time):
        return str, many
    return annotation, many
