import { Command } from 'commander';
import { closeParsePool } from '../uploads/parse-pool.js';
import { APP_VERSION } from '../version.js';
import { registerAuditCommands } from './audit-commands.js';
import { registerBackupCommands } from './backup-commands.js';
import { registerCalendarCommands } from './calendar-commands.js';
import { registerCityCommands } from './city-commands.js';
import { registerDbCommands } from './db-commands.js';
import { registerDossierCommands } from './dossier-commands.js';
import { registerFeedCommands } from './feed-commands.js';
import { registerPersonalDataCommands } from './personal-data-commands.js';
import { registerPlanCommands } from './plan-commands.js';
import { registerReportCommands } from './report-commands.js';
import { serve } from './serve.js';
import { UsageError } from './usage-error.js';
import { registerUserCommands } from './user-commands.js';
import { registerWardCommands } from './ward-commands.js';

/** The `cchc` command line. Each command group lives in its own file; exit codes: 1 error, 2 bad input. */
const program = new Command()
  .name('cchc')
  .description('Cải cách hành chính phường/xã: máy chủ và công cụ quản trị')
  .version(APP_VERSION);

program.command('serve').description('chạy máy chủ web và API').action(serve);
registerDbCommands(program);
registerUserCommands(program);
registerBackupCommands(program);
registerCalendarCommands(program);
registerPlanCommands(program);
registerDossierCommands(program);
registerReportCommands(program);
registerWardCommands(program);
registerFeedCommands(program);
registerCityCommands(program);
registerAuditCommands(program);
registerPersonalDataCommands(program);

await program
  .parseAsync(process.argv)
  // The document workers would keep a finished command alive for their idle timeout.
  .then(() => closeParsePool())
  .catch((e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.problems.map((p) => `Lỗi: ${p}`).join('\n')}\n`);
      process.exit(2);
    }
    process.stderr.write(`Lỗi: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
