import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RULES_DOC_PATH, renderRulesDoc } from '../rules/catalog-doc';
import { runCli } from './open-database';

/**
 * `npm run docs:rules`: writes docs/rules.md from the rule catalog in code.
 * `-- --check` only compares, and exits 1 when the page is out of date.
 */
runCli(async () => {
  const target = path.resolve(import.meta.dirname, '../..', RULES_DOC_PATH);
  const page = renderRulesDoc();
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== page) throw new Error(`${RULES_DOC_PATH} is out of date: run npm run docs:rules.`);
    console.log(`${RULES_DOC_PATH} is up to date.`);
    return;
  }
  await writeFile(target, page);
  console.log(`Wrote ${RULES_DOC_PATH}.`);
});
