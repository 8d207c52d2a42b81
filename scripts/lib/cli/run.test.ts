import { describe, expect, it } from 'vitest';
import { describeFailure } from './run';

describe('describeFailure: one Vietnamese line, the file named, no stack', () => {
  it('a system error names its file', () => {
    const error = Object.assign(new Error("ENOENT: no such file or directory, open 'dist/index.html'"), {
      code: 'ENOENT',
      path: `${process.cwd()}/dist/index.html`,
    });
    expect(describeFailure(error, 'tạo bản lưu')).toBe(
      'Lỗi khi tạo bản lưu (tệp dist/index.html): không tìm thấy tệp hoặc thư mục. Chạy lại với --debug để xem chi tiết kỹ thuật.',
    );
  });

  it('a stack overflow or a too-large input, and any other error: its first line only', () => {
    expect(describeFailure(new RangeError('Maximum call stack size exceeded'), 'kiểm tra nội dung')).toBe(
      'Lỗi khi kiểm tra nội dung: dữ liệu quá lớn hoặc lồng quá sâu. Chạy lại với --debug để xem chi tiết kỹ thuật.',
    );
    expect(describeFailure(new Error('một\n    at x (y.ts:1)'), 'dựng trang')).toBe('Lỗi khi dựng trang: một. Chạy lại với --debug để xem chi tiết kỹ thuật.');
  });
});
