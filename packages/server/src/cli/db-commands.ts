import type { Command } from 'commander';
import { migrate } from '../db/migrate.js';
import { openRuntime } from '../runtime.js';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('cơ sở dữ liệu');
  db.command('migrate')
    .description('áp dụng các migration chưa chạy')
    .action(async () => {
      const rt = await openRuntime({ migrate: false });
      try {
        const applied = await migrate(rt.database.pool, (name) => process.stdout.write(`  ✓ ${name}\n`));
        process.stdout.write(
          applied.length ? `Đã áp dụng ${applied.length} migration.\n` : 'Không có migration mới.\n',
        );
      } finally {
        await rt.database.close();
      }
    });
}
