import { langIn } from "./args.js";
import { EXIT } from "./exit.js";
import { internalLine } from "./report.js";
import { run } from "./run.js";

const lang = langIn(process.argv.slice(2));

// A reader that stops early (`ksm score x.json | head`) closes the pipe: that ends the output,
// not in an error. Any other failure to write is one line, never a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") {
      process.stderr.write(`ksm: ${error.code ?? "error"} writing the output [out_unwritable]\n`);
      process.exitCode = EXIT.usage;
    }
    stream.destroy();
  });
}
process.on("uncaughtException", (error) => {
  process.stderr.write(`${internalLine(error, lang)}\n`);
  process.exit(EXIT.internal);
});

process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
