/**
 * The JSON body parser of every route that reads one (`/graphql`, `POST /exports/report.*`): Express's
 * own, with two refusals before anything is parsed, so that a text never reaches PostgreSQL in a
 * form it would refuse (an internal error) or store damaged:
 * - a body that is not valid UTF-8 (it would be decoded with U+FFFD in place of the bad bytes);
 * - a NUL character (`\u0000` in JSON), which PostgreSQL's text types cannot hold.
 * Both are BAD_USER_INPUT with a French message, through the one REST error mapping.
 */
import { isUtf8 } from "node:buffer";
import express, { type RequestHandler } from "express";
import { ErrorCode } from "@clea/schema";
import { DomainError } from "./errors.js";

/** JSON writes a NUL only as this escape (the `u` is lower case by the grammar). */
const NUL = "\\u0000";

export function jsonBody(limit: string): RequestHandler {
  return express.json({
    limit,
    // Checked on the bytes, before body-parser decodes them once: no second decoding per request.
    verify: (_req, _res, buf) => {
      if (!isUtf8(buf))
        throw new DomainError(ErrorCode.BAD_USER_INPUT, "Le corps de la requête n'est pas du texte UTF-8 valide : envoyez-le en UTF-8.", {
          field: "body",
        });
      if (buf.includes(NUL))
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          "Un texte envoyé contient un caractère nul (U+0000), que la plateforme n'accepte pas : retirez-le.",
          { field: "body" },
        );
    },
  });
}
