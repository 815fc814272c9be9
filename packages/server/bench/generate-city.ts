// Fills a migrated cchc database (DATABASE_URL) with a Hải Phòng-sized city for trying the app or a bench at scale:
// 113 wards, communes and special zones beside the seeded ward, 20 procedures each, N dossiers over 2024–2026, and
// in each generated ward its units and accounts, a plan per year with tasks and monthly updates, and feedback with
// reactions, all made by generate_series inside PostgreSQL (dossier-rows.ts, city-extras.ts). Run on a migrated and
// seeded database (first start, or `cchc db migrate` then the seed):
//   DATABASE_URL=postgres://… npm run generate:city -- --dossiers 1000000
import { connect } from '../src/db/database.js';
import { FULL_CITY, generateCity } from './dossier-rows.js';

function dossierCount(argv: readonly string[]): number {
  const at = argv.indexOf('--dossiers');
  const value = at === -1 ? 5_000_000 : Number(argv[at + 1]);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`--dossiers wants a positive whole number, got ${argv[at + 1]}`);
  }
  return value;
}

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL names the database to fill');
const count = dossierCount(process.argv.slice(2));
const handle = connect(url, false, async () => {});
try {
  const ms = await generateCity(handle.db, { dossiers: count, ...FULL_CITY });
  console.log(
    `${count.toLocaleString('en-US')} dossiers of ${FULL_CITY.years.join(', ')} in 114 tenants, with plans and feedback, generated in ${(ms / 1000).toFixed(1)} s`,
  );
} finally {
  await handle.close();
}
