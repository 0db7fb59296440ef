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
  const make = clean(identity.make);
  const model = clean(identity.model);
  // "NIKON CORPORATION" + "NIKON D850" is a NIKON D850: most models already name their brand.
  const brand = (make.split(' ')[0] ?? '').toLowerCase();
  const body = model === '' ? make : model.toLowerCase().startsWith(brand) ? model : `${make} ${model}`;
  const serial = clean(identity.serial);
  if (serial !== '' && !/^0+$/.test(serial)) return body === '' ? `serial:${serial}` : `serial:${body} #${serial}`;
  if (model !== '') return `model:${body}`;
  return `folder:${identity.folder}`;
}

/** EXIF strings come padded with NULs and spaces. */
function clean(value: string | null | undefined): string {
  return (value ?? '').replaceAll('\0', ' ').replace(/\s+/g, ' ').trim();
}
