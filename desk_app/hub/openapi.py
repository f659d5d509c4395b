"""The hub API's OpenAPI 3.1 description, served at /openapi.json (tests fuzz the API from it)."""

from __future__ import annotations

from typing import Any

from desk_app.domain.model import EventType, Status
from desk_app.hub.api import MAX_EVENTS, MAX_NOTE


def _error() -> dict[str, Any]:
    return {
        "description": "Refused (JSON body with error code and Vietnamese message)",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def spec() -> dict[str, Any]:
    errors = {str(code): _error() for code in (400, 401, 403, 404, 409, 411, 413, 415)}
    bearer: list[dict[str, list[str]]] = [{"deskToken": []}]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Một Cửa Hub",
            "version": "1",
            "description": "Upstream hub of the commune one-stop desks. Request bodies may be gzip-compressed "
            "(Content-Encoding: gzip); Content-Length is required; at most 4 MB on the wire.",
        },
        "components": {
            "securitySchemes": {
                "deskToken": {"type": "http", "scheme": "bearer", "description": "Desk token obtained at enrolment"}
            },
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error", "message"],
                    "properties": {
                        "error": {"type": "string"},
                        "message": {"type": "string"},
                        "items": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "index": {"type": "integer"},
                                    "uid": {"type": ["string", "null"]},
                                    "reason": {"type": "string"},
                                },
                            },
                        },
                    },
                },
                "Event": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["uid", "dossier_code", "type", "at", "actor", "desk", "note", "data", "seq"],
                    "properties": {
                        "uid": {
                            "type": "string",
                            "format": "uuid",
                            "pattern": "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
                        },
                        "dossier_code": {"type": "string", "maxLength": 64, "pattern": "^[0-9A-Za-z.\\-]{5,64}$"},
                        "type": {"type": "string", "enum": [e.value for e in EventType]},
                        "at": {"type": "string", "format": "date-time"},
                        "actor": {"type": "string", "minLength": 1, "maxLength": 64},
                        "desk": {"type": "string", "pattern": "^[0-9A-Z][0-9A-Z.]{2,30}/([1-9]|hub)$"},
                        "note": {"type": "string", "maxLength": MAX_NOTE},
                        "data": {"type": "object"},
                        "seq": {"type": "integer", "minimum": 0},
                    },
                },
                "DossierSnapshot": {
                    "type": "object",
                    "required": ["code", "uid", "status", "received_at"],
                    "properties": {
                        "code": {"type": "string"},
                        "uid": {"type": "string"},
                        "status": {"type": "string", "enum": [s.value for s in Status]},
                        "received_at": {"type": "string", "format": "date-time"},
                        "due_date": {"type": ["string", "null"]},
                        "resolution": {"type": ["string", "null"]},
                    },
                },
                "Batch": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["desk", "events"],
                    "properties": {
                        "desk": {"type": "string", "description": "AGENCY_CODE/DESK_NUMBER of the token"},
                        "events": {
                            "type": "array",
                            "minItems": 1,
                            "maxItems": MAX_EVENTS,
                            "items": {"$ref": "#/components/schemas/Event"},
                        },
                        "dossiers": {
                            "type": "object",
                            "additionalProperties": {"$ref": "#/components/schemas/DossierSnapshot"},
                        },
                    },
                },
                "StoreResult": {
                    "type": "object",
                    "required": ["stored", "duplicates", "rejected"],
                    "properties": {
                        "stored": {"type": "array", "items": {"type": "string"}},
                        "duplicates": {"type": "array", "items": {"type": "string"}},
                        "rejected": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {"uid": {"type": "string"}, "reason": {"type": "string"}},
                            },
                        },
                    },
                },
                "Enrol": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["code", "office", "desk_number"],
                    "properties": {
                        "code": {"type": "string", "maxLength": 40},
                        "office": {"type": "string", "pattern": "^[0-9A-Z][0-9A-Z.]{2,30}$"},
                        "desk_number": {"type": "integer", "minimum": 1, "maximum": 9},
                        "name": {"type": "string", "maxLength": 200},
                    },
                },
            },
        },
        "paths": {
            "/v1/health": {"get": {"summary": "Liveness", "responses": {"200": {"description": "OK"}}}},
            "/v1/enrol": {
                "post": {
                    "summary": "Enrol a desk with a one-time code from `desk-hub enrol-code`",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Enrol"}}},
                    },
                    "responses": {"200": {"description": "Desk token and bundle key (shown once)"}, **errors},
                }
            },
            "/v1/whoami": {
                "get": {
                    "summary": "The desk of the token",
                    "security": bearer,
                    "responses": {"200": {"description": "Desk"}, **errors},
                }
            },
            "/v1/events": {
                "post": {
                    "summary": "Upload a batch of desk events (stored exactly once by uid)",
                    "security": bearer,
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Batch"}}},
                    },
                    "responses": {
                        "200": {
                            "description": "What the hub now holds",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/StoreResult"}}},
                        },
                        **errors,
                    },
                }
            },
            "/v1/updates": {
                "get": {
                    "summary": "Events of the desk's office made elsewhere, and catalog/calendar publications",
                    "security": bearer,
                    "parameters": [
                        {"name": "events_after", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                        {"name": "publications_after", "in": "query", "schema": {"type": "integer", "minimum": 0}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000}},
                    ],
                    "responses": {"200": {"description": "A page of updates with the next cursor"}, **errors},
                }
            },
            "/v1/bundles": {
                "post": {
                    "summary": "Import a signed offline bundle (authenticated by its HMAC signature)",
                    "requestBody": {
                        "required": True,
                        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
                    },
                    "responses": {
                        "200": {
                            "description": "What the hub now holds, and the signed receipt the desk imports "
                            "(`desk-admin sync import-receipt`) to mark those events sent",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "allOf": [
                                            {"$ref": "#/components/schemas/StoreResult"},
                                            {
                                                "type": "object",
                                                "required": ["bundle", "desk", "events", "receipt"],
                                                "properties": {
                                                    "bundle": {"type": "string"},
                                                    "desk": {"type": "string"},
                                                    "events": {"type": "integer"},
                                                    "receipt": {"type": "string", "format": "byte"},
                                                },
                                            },
                                        ]
                                    }
                                }
                            },
                        },
                        **errors,
                    },
                }
            },
            "/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OK"}}}},
            "/": {"get": {"summary": "Status page of communes", "responses": {"200": {"description": "HTML"}}}},
        },
    }
