import type { ImageMetadata } from 'astro';
import { t } from '../../i18n';
import { entryUrl } from '../routing/urls';
import { albumCover } from './albums';

/** One card of a grid of albums or clips (src/components/media/MediaGrid.astro). */
export interface MediaCard {
  href: string;
  title: string;
  image: ImageMetadata;
  date: Date;
  /** Shown after the date: `9 ảnh`, `Thời lượng 3:25`. */
  detail: string;
}

/** A grid of one kind: its cards, the shape of its thumbnails (photos 3:2, video posters 16:9), and what it says when empty. */
export interface MediaGridData {
  cards: MediaCard[];
  aspect: '3 / 2' | '16 / 9';
  emptyText: string;
}

interface AlbumEntry {
  id: string;
  data: { title: string; date: Date; cover?: ImageMetadata; photos: { file: ImageMetadata }[] };
}

interface VideoEntry {
  id: string;
  data: { title: string; date: Date; poster: ImageMetadata; duration: string };
}

/** Albums as a grid's cards: the cover (or first photo) and the number of photos. */
export const albumGrid = (albums: readonly AlbumEntry[]): MediaGridData => ({
  cards: albums.map((album) => ({
    href: entryUrl('albums', album.id)!,
    title: album.data.title,
    image: albumCover(album.data),
    date: album.data.date,
    detail: `${album.data.photos.length} ${t('common.photos')}`,
  })),
  aspect: '3 / 2',
  emptyText: t('albums.empty'),
});

/** Clips as a grid's cards: the poster and the duration. */
export const videoGrid = (videos: readonly VideoEntry[]): MediaGridData => ({
  cards: videos.map((video) => ({
    href: entryUrl('videos', video.id)!,
    title: video.data.title,
    image: video.data.poster,
    date: video.data.date,
    detail: `${t('videos.duration')} ${video.data.duration}`,
  })),
  aspect: '16 / 9',
  emptyText: t('videos.empty'),
});
