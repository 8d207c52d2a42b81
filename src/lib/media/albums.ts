interface AlbumData<Img> {
  cover?: Img;
  photos: { file: Img }[];
}

/** The image shown for an album in lists: its cover, or else its first photo. */
export function albumCover<Img>(album: AlbumData<Img>): Img {
  const cover = album.cover ?? album.photos[0]?.file;
  if (cover === undefined) throw new Error('An album has at least one photo (the schema requires it).');
  return cover;
}
