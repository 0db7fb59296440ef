export interface CameraIdentity {
  serial: string | null | undefined;
  make: string | null | undefined;
  model: string | null | undefined;
  /** The photo's source folder, '/'-separated. */
  folder: string;
}

/**
 * Which camera body took a photo: its serial number, else make + model, else the source folder.
 * Each key is split on its own, so two bodies must never share one: a make alone says nothing
 * about the body, and cameras that report an all-zero serial report the same one for every body.
 */
export function cameraKeyOf(identity: CameraIdentity): string {
  const model = clean(identity.model);
  const body = cameraName(identity.make, identity.model);
  const serial = clean(identity.serial);
  if (serial !== '' && !/^0+$/.test(serial)) return body === '' ? `serial:${serial}` : `serial:${body} #${serial}`;
  // Without a serial, two bodies of one model are told apart by the card folder they were copied
  // into: merging their streams would interleave two shoots. A card's DCIM tree (DCIM/100CANON,
  // DCIM/101CANON …) is one body's, so it does not split a camera; folders outside a DCIM tree
  // do, because nothing else says they came from the same card.
  if (model !== '') return `model:${body} @${cardFolderOf(identity.folder)}`;
  return `folder:${identity.folder}`;
}

/** Make and model as one name, '' when the file has neither. */
export function cameraName(make: string | null | undefined, model: string | null | undefined): string {
  const cleanMake = clean(make);
  const cleanModel = clean(model);
  // "NIKON CORPORATION" + "NIKON D850" is a NIKON D850: most models already name their brand.
  const brand = (cleanMake.split(' ')[0] ?? '').toLowerCase();
  if (cleanModel === '') return cleanMake;
  return cleanModel.toLowerCase().startsWith(brand) ? cleanModel : `${cleanMake} ${cleanModel}`;
}

/** The folder a card was copied into: the photo's folder without its DCIM tree. */
export function cardFolderOf(folder: string): string {
  const parts = folder.split('/');
  const dcim = parts.findIndex((part) => part.toUpperCase() === 'DCIM');
  return (dcim >= 0 ? parts.slice(0, dcim) : parts).join('/');
}

/** EXIF strings come padded with NULs and spaces. */
function clean(value: string | null | undefined): string {
  return (value ?? '').replaceAll('\0', ' ').replace(/\s+/g, ' ').trim();
}
