/** Record ids: random UUIDs in practice; anything URL-safe of sane length is accepted. Free of Zod (the content script checks ids too). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
