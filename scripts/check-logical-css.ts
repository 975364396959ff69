/**
 * Lint step: forbids physical left/right Tailwind utilities (ml-, pr-, left-, text-left, border-r …) in
 * the app's source, so that every layout mirrors correctly in Arabic. Use the logical ones instead
 * (ms-, pe-, start-, text-start, border-e …).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const PHYSICAL =
  /(?<![\w-])-?(?:m[lr]|p[lr]|scroll-m[lr]|scroll-p[lr]|left|right|border-[lr]|rounded-[lr]|rounded-[tb][lr]|inset-[lr])-[\w[\]./%-]+|(?<![\w-])(?:text-left|text-right|float-left|float-right|border-l|border-r|clear-left|clear-right)(?![\w-])/gu;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (/\.(tsx|ts|css|html)$/u.test(name)) yield full;
  }
}

const problems: string[] = [];
for (const file of [...files('src'), 'index.html']) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (/^\s*(\/\/|\*|\/\*)/u.test(line)) return; // comments may name what they forbid
      const strings = line.match(/(["'`])(?:(?!\1).)*\1/gu) ?? [];
      for (const s of strings) for (const m of s.matchAll(PHYSICAL)) problems.push(`${file}:${i + 1}: ${m[0]}`);
    });
}
if (problems.length) {
  console.error(`Physical left/right utilities found (use logical ones: ms-/me-/ps-/pe-/start-/end-/text-start):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('logical CSS check: ok');
