import { customerView, type CustomerState } from '../../shared/customer-view.js';
import { accessCode } from './api-schemas.js';
import type { CustomerPhoto, Repository } from './store/repository.js';

export interface Gallery {
  state: CustomerState;
  message: string;
  photos: { id: string; url: string }[];
}

export const photoUrl = (code: string, photoId: number): string => `/api/gallery/${encodeURIComponent(code)}/photos/${photoId}`;

/**
 * A code as typed, judged by the rule the desktop's pre-flight uses; its photos only in the gallery
 * state. Anything that is not a well-formed code is as unknown as a code never made.
 */
async function lookUp(repository: Repository, typed: string) {
  const code = accessCode.safeParse(typed);
  if (!code.success) return { code: typed, ...customerView({ exists: false }), photos: [] };
  const { found, photos } = await repository.codeForCustomer(code.data);
  const view = customerView(found);
  return { code: code.data, ...view, photos: view.state === 'gallery' ? photos : [] };
}

export async function galleryFor(repository: Repository, typed: string): Promise<Gallery> {
  const { code, state, message, photos } = await lookUp(repository, typed);
  return { state, message, photos: photos.map((photo) => ({ id: String(photo.id), url: photoUrl(code, photo.id) })) };
}

/** The code's state, and the photo when the code shows a gallery it is in. */
export async function galleryPhoto(repository: Repository, typed: string, photoId: string): Promise<{ state: CustomerState; photo: CustomerPhoto | undefined }> {
  const { state, photos } = await lookUp(repository, typed);
  return { state, photo: photos.find((photo) => String(photo.id) === photoId) };
}
