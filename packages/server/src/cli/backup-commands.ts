import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { writeBackup } from '../backup/backup.js';
import { NotABackupError, restoreBackup } from '../backup/restore.js';
import { openRuntime } from '../runtime.js';
import { fileStoreOf } from '../storage/files-dir.js';
import { exitWithUsage } from './usage-error.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

export function registerBackupCommands(program: Command): void {
  program
    .command('backup <file>')
    .description('sao lưu toàn bộ dữ liệu (mọi bảng và tệp đính kèm) vào một tệp .tar.gz')
    .action(async (file: string) => {
      const rt = await openRuntime();
      try {
        say(`Đang sao lưu vào ${file}…`);
        const m = await writeBackup(rt.database.pool, fileStoreOf(rt.config), path.resolve(file), rt.clock.now(), say);
        say(`Xong: ${m.tables.length} bảng, ${m.files} tệp.`);
      } finally {
        await rt.database.close();
      }
    });
  program
    .command('restore <file>')
    .description('khôi phục một bản sao lưu vào cơ sở dữ liệu trống')
    .action(async (file: string) => {
      if (!fs.existsSync(file)) exitWithUsage([`không tìm thấy tệp ${file}`]);
      const rt = await openRuntime({ migrate: false });
      try {
        say(`Đang khôi phục từ ${file}…`);
        const m = await restoreBackup(rt.database.pool, fileStoreOf(rt.config), path.resolve(file), say);
        say(`Xong: ${m.tables.length} bảng, ${m.files} tệp (sao lưu lúc ${m.createdAt}).`);
      } catch (e) {
        if (e instanceof NotABackupError) exitWithUsage([e.message]);
        throw e;
      } finally {
        await rt.database.close();
      }
    });
}
