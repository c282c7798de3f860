import { createMigratedDatabase, TEMPLATE_ENV, uniqueName } from './databases';

/** Migrates one template database per test run; every test file clones it. */
export default async function globalSetup(): Promise<void> {
  const name = uniqueName('mosty_tpl');
  await createMigratedDatabase(name);
  process.env[TEMPLATE_ENV] = name;
}
