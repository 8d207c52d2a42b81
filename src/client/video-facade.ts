/**
 * YouTube clips sit behind a poster we serve ourselves; YouTube's player (the
 * privacy-enhanced youtube-nocookie.com one) is created only when the visitor
 * asks for it. Without JavaScript the poster links to the clip on YouTube.
 */
import { youtubeEmbedUrl } from '../lib/media/videos';

export function startVideoFacades(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-youtube-id]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const frame = document.createElement('iframe');
      frame.src = youtubeEmbedUrl(link.dataset.youtubeId!);
      frame.title = link.dataset.youtubeTitle ?? '';
      frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
      frame.allowFullscreen = true;
      frame.className = 'video-frame';
      link.replaceWith(frame);
      frame.focus();
    });
  }
}
