import type { Lang } from "../index.js";
import type { CliParams } from "./cliError.js";

/** Every failure code of the CLI, each with a message in both languages below. */
export type CliErrorCode = keyof (typeof CLI_MESSAGES)["en"];

/** The failure messages of the CLI by language and code; `{name}` is filled from the params. */
export const CLI_MESSAGES = {
  en: {
    not_found: "{file}: no such file or folder",
    unreadable: "{file}: cannot be read ({reason})",
    not_a_file:
      "{file}: is {kind}, not a regular file; ksm reads files, folders of .json files and - (standard input)",
    empty: "{file}: is empty",
    too_large: "{file}: is larger than the limit of {limit} bytes; raise it with --max-bytes",
    folder_too_large:
      "{file}: its .json files together are larger than the limit of {limit} bytes; raise it with --max-bytes",
    not_utf8: "{file}: is not UTF-8 text",
    invalid_json: "{file}: is not valid JSON: unexpected {found} at line {line}, column {column}",
    no_json_files: "{file}: the folder holds no .json files",
    not_an_assessment: "{file}: is not an assessment (no modelRef with id and version)",
    unknown_model: "{file}: model {model} is not known (known: {known}); pass it with --model",
    no_crosswalk: "no crosswalk from {from} to {to}; pass one with --crosswalk",
    invalid_document: "{file}: is not valid ({count} issues):",
    unknown_option: "unknown option {option}",
    missing_value: "option {option} needs a value",
    bad_arguments: "{message}",
    bad_value: "{option} must be {expected}, not {value}",
    invalid_date: "--as-of must be a calendar date YYYY-MM-DD from 0001-01-01, not {value}",
    missing_command: "missing command",
    unknown_command: "unknown command {command}",
    wrong_arguments: "{command} needs {expected}",
    stdin_twice: "- (standard input) can be read only once",
    out_folder_missing: "--out {file}: the folder {folder} does not exist",
    out_is_folder: "--out {file}: is a folder; name a file",
    out_not_folder: "--out {file}: is not a folder; demo writes its files into a folder",
    out_not_file: "--out {file}: is {kind}, not a regular file",
    out_unwritable: "--out {file}: cannot be written ({reason})",
    internal: "internal error ({message}): this is a bug in ksm, please report it",
  },
  nl: {
    not_found: "{file}: bestand of map bestaat niet",
    unreadable: "{file}: kan niet gelezen worden ({reason})",
    not_a_file:
      "{file}: is {kind}, geen gewoon bestand; ksm leest bestanden, mappen met .json-bestanden en - (standaardinvoer)",
    empty: "{file}: is leeg",
    too_large: "{file}: is groter dan de grens van {limit} bytes; verhoog die met --max-bytes",
    folder_too_large:
      "{file}: de .json-bestanden in deze map zijn samen groter dan de grens van {limit} bytes; verhoog die met --max-bytes",
    not_utf8: "{file}: is geen UTF-8-tekst",
    invalid_json:
      "{file}: is geen geldige JSON: onverwacht {found} op regel {line}, kolom {column}",
    no_json_files: "{file}: de map bevat geen .json-bestanden",
    not_an_assessment: "{file}: is geen assessment (geen modelRef met id en version)",
    unknown_model: "{file}: model {model} is onbekend (bekend: {known}); geef het mee met --model",
    no_crosswalk: "geen crosswalk van {from} naar {to}; geef er een mee met --crosswalk",
    invalid_document: "{file}: is niet geldig ({count} problemen):",
    unknown_option: "onbekende optie {option}",
    missing_value: "optie {option} heeft een waarde nodig",
    bad_arguments: "{message}",
    bad_value: "{option} moet {expected} zijn, niet {value}",
    invalid_date: "--as-of moet een bestaande datum JJJJ-MM-DD vanaf 0001-01-01 zijn, niet {value}",
    missing_command: "opdracht ontbreekt",
    unknown_command: "onbekende opdracht {command}",
    wrong_arguments: "{command} heeft {expected} nodig",
    stdin_twice: "- (standaardinvoer) kan maar één keer gelezen worden",
    out_folder_missing: "--out {file}: de map {folder} bestaat niet",
    out_is_folder: "--out {file}: is een map; geef een bestand",
    out_not_folder: "--out {file}: is geen map; demo schrijft zijn bestanden in een map",
    out_not_file: "--out {file}: is {kind}, geen gewoon bestand",
    out_unwritable: "--out {file}: kan niet geschreven worden ({reason})",
    internal: "interne fout ({message}): dit is een fout in ksm, meld die alstublieft",
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** Words for codes carried in params: file kinds, system error codes, what a parser found. */
const WORDS = {
  en: {
    fifo: "a FIFO (named pipe)",
    socket: "a socket",
    characterDevice: "a character device",
    blockDevice: "a block device",
    terminal: "a terminal",
    folder: "a folder (folders are read one level deep)",
    other: "not a regular file",
    end: "end of input",
    stdin: "standard input",
    oneAssessment: "exactly one assessment (a file or -)",
    twoAssessments: "a baseline and a current assessment (files, or - for one of them)",
    assessments: "assessment files or folders",
    documents: "at least one file",
    wholeNumber: "a whole number ≥ 1",
    byteSize: "a size from 1 to 256M (bytes, or with k or M)",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "read-only file system",
    ENOSPC: "no space left on the device",
    ENAMETOOLONG: "the name is too long",
    ENOTDIR: "a part of the path is not a folder",
    ELOOP: "too many symbolic links",
    EISDIR: "it is a folder",
    EIO: "input/output error",
  },
  nl: {
    fifo: "een FIFO (named pipe)",
    socket: "een socket",
    characterDevice: "een apparaat (character device)",
    blockDevice: "een apparaat (block device)",
    terminal: "een terminal",
    folder: "een map (mappen worden één niveau diep gelezen)",
    other: "geen gewoon bestand",
    end: "einde van de invoer",
    stdin: "standaardinvoer",
    oneAssessment: "precies één assessment (een bestand of -)",
    twoAssessments: "een nulmeting en een huidige meting (bestanden, of - voor één ervan)",
    assessments: "assessmentbestanden of mappen",
    documents: "minstens één bestand",
    wholeNumber: "een geheel getal ≥ 1",
    byteSize: "een grootte van 1 tot 256M (bytes, of met k of M)",
    EACCES: "geen toegang",
    EPERM: "niet toegestaan",
    EROFS: "alleen-lezen bestandssysteem",
    ENOSPC: "geen ruimte meer op het apparaat",
    ENAMETOOLONG: "de naam is te lang",
    ENOTDIR: "een deel van het pad is geen map",
    ELOOP: "te veel symbolische koppelingen",
    EISDIR: "het is een map",
    EIO: "invoer-/uitvoerfout",
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** The params whose values are codes to put into words. */
const WORDED = new Set(["kind", "reason", "found", "expected"]);

/** The message for a code in a language, with its params filled in (codes put into words). */
export function cliMessage(code: CliErrorCode, params: CliParams, lang: Lang): string {
  const words: Readonly<Record<string, string>> = WORDS[lang];
  return CLI_MESSAGES[lang][code].replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = Object.hasOwn(params, key) ? String(params[key]) : "";
    if (key === "file" && value === "-") return words.stdin ?? value;
    if (WORDED.has(key) && Object.hasOwn(words, value)) return words[value] ?? value;
    return value;
  });
}
