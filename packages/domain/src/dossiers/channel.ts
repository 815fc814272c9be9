// How a dossier reached the office (KenhThucHien, docs/DOMAIN.md §3).

/** National channel codes: 1 trực tiếp (at the counter), 2 trực tuyến (online), 3 bưu chính công ích (public post). */
export const DOSSIER_CHANNELS = [1, 2, 3] as const;

/** A national channel code. */
export type DossierChannel = (typeof DOSSIER_CHANNELS)[number];

/** Vietnamese names of the channels. */
export const DOSSIER_CHANNEL_LABELS_VI: Readonly<Record<DossierChannel, string>> = {
  1: 'Trực tiếp',
  2: 'Trực tuyến',
  3: 'Bưu chính công ích',
};

/** English names of the channels. */
export const DOSSIER_CHANNEL_LABELS_EN: Readonly<Record<DossierChannel, string>> = {
  1: 'In person',
  2: 'Online',
  3: 'Public postal service',
};

/** The channel at the counter, which a dossier without a channel is taken to have (docs/DOMAIN.md §4, 3.3). */
export const IN_PERSON_CHANNEL: DossierChannel = 1;

/**
 * Reads a channel code from imported data: missing (null, undefined, empty) counts as in person, as the 766 rules
 * do; anything else that is not 1, 2 or 3 gives null so the importer can report it.
 */
export function normaliseChannel(value: number | string | null | undefined): DossierChannel | null {
  if (value === null || value === undefined || value === '') return IN_PERSON_CHANNEL;
  const code = Number(value);
  return code === 1 || code === 2 || code === 3 ? code : null;
}
