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
