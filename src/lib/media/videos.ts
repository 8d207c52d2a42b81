interface VideoData {
  source: { file: string } | { youtube: string };
  captions?: string;
}

/** The files a clip keeps beside its Markdown: the MP4 and its captions. */
export function localVideoFiles(video: VideoData): string[] {
  return [...('file' in video.source ? [video.source.file] : []), ...(video.captions ? [video.captions] : [])];
}

/** The page on YouTube a visitor may choose to open. */
export function youtubeWatchUrl(id: string): string {
  return `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`;
}

/** The only host whose frames the site allows, and only on clip pages. */
export const YOUTUBE_EMBED_ORIGIN = 'https://www.youtube-nocookie.com';

/** YouTube's privacy-enhanced player for a clip, started on the visitor's click. */
export function youtubeEmbedUrl(id: string): string {
  return `${YOUTUBE_EMBED_ORIGIN}/embed/${encodeURIComponent(id)}?autoplay=1&rel=0`;
}
