import type { FinishedTiming } from '../../calendar/deadlines.js';
import { vietnamDateOf } from '../../clock.js';
import { centred, field } from '../blocks.js';
import { formatMoment } from '../format.js';
import type { DocumentBlock, DocumentTable, OfficialDocument, TableRow } from '../types.js';
import { type Applicant, type DossierReference, dossierCodeLine, type FormIssuer } from './common.js';

/** One hand-over of the dossier between units or agencies (liên thông included). */
export interface DossierHandover {
  /** Giving unit (bên giao). */
  from: string;
  /** Receiving unit (bên nhận). */
  to: string;
  givenAt: Date;
  /** Null while the receiving unit has not confirmed. */
  receivedAt: Date | null;
  /** How the giving unit kept its own time budget; null while it is not judged. */
  result: FinishedTiming | null;
  note?: string;
}

/** Data of Mẫu 05, the control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ). */
export interface ControlSlipInput {
  issuer: FormIssuer;
  dossier: DossierReference;
  applicant: Applicant;
  receivedAt: Date;
  dueAt: Date;
  /** The unit that decides the dossier (cơ quan, bộ phận giải quyết). */
  handlingUnit: string;
  /** Units that take part (cơ quan phối hợp). */
  coordinatingUnits?: readonly string[];
  handovers: readonly DossierHandover[];
}

/** Labels of the result column, as the form prints them. */
export const HANDOVER_RESULT_LABELS: Record<FinishedTiming, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};

function handoverRow(handover: DossierHandover, index: number): TableRow {
  return [
    index + 1,
    handover.from,
    handover.to,
    formatMoment(handover.givenAt),
    handover.receivedAt ? formatMoment(handover.receivedAt) : null,
    handover.result ? HANDOVER_RESULT_LABELS[handover.result] : null,
    handover.note ?? null,
  ];
}

function handoverTable(handovers: readonly DossierHandover[]): DocumentTable {
  return {
    columns: [
      { title: 'TT', width: 6, align: 'center' },
      { title: 'Bên giao', width: 17 },
      { title: 'Bên nhận', width: 17 },
      { title: 'Thời gian giao', width: 17, align: 'center' },
      { title: 'Thời gian nhận', width: 17, align: 'center' },
      { title: 'Kết quả (trước hạn / đúng hạn / quá hạn)', width: 14, align: 'center' },
      { title: 'Ghi chú', width: 12 },
    ],
    rows: handovers.map(handoverRow),
  };
}

function controlBody(input: ControlSlipInput): DocumentBlock[] {
  const coordinating = input.coordinatingUnits?.length ? input.coordinatingUnits.join('; ') : null;
  return [
    dossierCodeLine(input.dossier.code),
    centred([{ text: '(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả)', italic: true }]),
    field('Hồ sơ của', input.applicant.name),
    field('Nội dung yêu cầu giải quyết', input.dossier.procedureName),
    field('Thời gian nhận hồ sơ', formatMoment(input.receivedAt)),
    field('Thời gian trả kết quả giải quyết hồ sơ', formatMoment(input.dueAt)),
    field('Cơ quan (bộ phận) giải quyết hồ sơ', input.handlingUnit),
    ...(coordinating ? [field('Cơ quan phối hợp giải quyết hồ sơ', coordinating)] : []),
    { kind: 'table', table: handoverTable(input.handovers) },
  ];
}

/** Mẫu 05: the control slip, one row per hand-over; each hand-over is signed in the system, so no signature. */
export function buildControlSlip(input: ControlSlipInput): OfficialDocument {
  return {
    issuer: input.issuer.issuer,
    numbering: null,
    place: input.issuer.place,
    date: vietnamDateOf(input.receivedAt),
    title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
    subject: null,
    body: controlBody(input),
    recipients: [],
    signature: null,
  };
}
