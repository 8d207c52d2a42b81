/**
 * How every staff-facing command ends when something goes wrong: one
 * Vietnamese line naming the file, exit code 1, and no English stack trace
 * (`--debug` shows it, for developers).
 */
import { relative } from 'node:path';

/** Node's own errors name the file they were about in `path`. */
interface SystemError extends Error {
  code?: string;
  path?: string;
}

const REASONS: Partial<Record<string, string>> = {
  ENOENT: 'không tìm thấy tệp hoặc thư mục',
  EACCES: 'không có quyền đọc hoặc ghi',
  EPERM: 'không có quyền đọc hoặc ghi',
  ENOSPC: 'ổ đĩa đã đầy',
  EISDIR: 'đây là một thư mục, không phải tệp',
  ENOTDIR: 'một phần của đường dẫn không phải thư mục',
  ERR_STRING_TOO_LONG: 'tệp quá lớn để đọc',
};

/** One line for staff: what failed and on which file. */
export function describeFailure(error: unknown, what: string): string {
  const failure = error as SystemError;
  const reason = (failure.code && REASONS[failure.code]) ?? (error instanceof RangeError ? 'dữ liệu quá lớn hoặc lồng quá sâu' : undefined);
  const file = failure.path ? ` (tệp ${relative(process.cwd(), failure.path) || failure.path})` : '';
  const message = reason ?? (failure.message ?? String(error)).split('\n')[0];
  return `Lỗi khi ${what}${file}: ${message}. Chạy lại với --debug để xem chi tiết kỹ thuật.`;
}

/**
 * Runs a command's body; on an error prints `describeFailure` (and the stack
 * with --debug) and exits 1. `what` says what the command was doing: "kiểm tra nội dung".
 */
export async function runCommand(what: string, body: () => Promise<void> | void): Promise<void> {
  try {
    await body();
  } catch (error) {
    console.error(describeFailure(error, what));
    if (process.argv.includes('--debug')) console.error(error);
    process.exitCode = 1;
  }
}

/** The command's arguments without --debug, for parseArgs. */
export const argsWithoutDebug = () => process.argv.slice(2).filter((argument) => argument !== '--debug');
