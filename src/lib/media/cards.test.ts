import { describe, expect, it } from 'vitest';
import { albumGrid, videoGrid } from './cards';

const image = (src: string) => ({ src, width: 1200, height: 800, format: 'jpg' as const });

describe('the cards of a grid of albums or clips', () => {
  it('albums: link to the album, its cover (else its first photo), and the number of photos', () => {
    const first = image('/anh-1.jpg');
    const grid = albumGrid([
      { id: 'le-ky-ket', data: { title: 'Lễ ký kết', date: new Date('2025-03-01'), photos: [{ file: first }, { file: image('/anh-2.jpg') }] } },
    ]);
    expect(grid.aspect).toBe('3 / 2');
    expect(grid.emptyText).toBe('Chưa có album ảnh nào.');
    expect(grid.cards).toEqual([{ href: '/album-anh/le-ky-ket/', title: 'Lễ ký kết', image: first, date: new Date('2025-03-01'), detail: '2 ảnh' }]);
  });

  it('clips: link to the clip, its poster and its duration', () => {
    const poster = image('/poster.jpg');
    const grid = videoGrid([{ id: 'don-doan', data: { title: 'Đón đoàn', date: new Date('2025-04-02'), poster, duration: '3:25' } }]);
    expect(grid.aspect).toBe('16 / 9');
    expect(grid.cards).toEqual([{ href: '/video/don-doan/', title: 'Đón đoàn', image: poster, date: new Date('2025-04-02'), detail: 'Thời lượng 3:25' }]);
  });
});
