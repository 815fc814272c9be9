import {
  type DocumentBlock,
  type DocumentIssuer,
  formatVietnamDate,
  formatVietnameseDate,
  heading,
  type IsoDate,
  type OfficialDocument,
  paragraph,
} from '@cchc/domain';

/** A line of the list: the document as cited, why it ended and when. */
export interface ExpiredLine {
  typeName: string;
  numberSymbol: string;
  signedOn: IsoDate;
  title: string;
  reason: string;
  endedOn: IsoDate | null;
}

/** What the decision announcing the year's expired documents is drafted from. */
export interface ExpiredDecisionInput {
  issuer: DocumentIssuer;
  place: string;
  /** The ward's name in sentences: `phường Hải Dương`. */
  wardName: string;
  year: number;
  date: IsoDate;
  whole: readonly ExpiredLine[];
  partial: readonly ExpiredLine[];
}

const cited = (l: ExpiredLine) => `${l.typeName} số ${l.numberSymbol} ngày ${formatVietnamDate(l.signedOn)} ${l.title}`;

function table(title: string, lines: readonly ExpiredLine[]): DocumentBlock {
  return {
    kind: 'table',
    table: {
      title,
      columns: [
        { title: 'STT', width: 1, align: 'center' },
        { title: 'Tên loại văn bản', width: 2 },
        { title: 'Số, ký hiệu; ngày, tháng, năm ban hành; tên gọi của văn bản', width: 7 },
        { title: 'Lý do hết hiệu lực', width: 5 },
        { title: 'Ngày hết hiệu lực', width: 2, align: 'center' },
      ],
      rows: lines.length
        ? lines.map((l, i) => [i + 1, l.typeName, cited(l), l.reason, formatVietnamDate(l.endedOn)])
        : [{ group: 'Không có văn bản' }],
    },
  };
}

/**
 * The draft decision announcing the list of the ward's legal documents that stopped being in force, wholly or in
 * part, during the year (task 13 of the plan), with the list as its appendix on landscape pages. Unnumbered: the
 * registry numbers it when the chairman signs.
 */
export function buildExpiredDecision(input: ExpiredDecisionInput): OfficialDocument {
  const subject =
    `Về việc công bố Danh mục văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ${input.wardName} ` +
    `hết hiệu lực toàn bộ hoặc một phần năm ${input.year}`;
  const body: DocumentBlock[] = [
    paragraph([{ text: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${input.wardName.toUpperCase()}`, bold: true }], {
      align: 'center',
      indent: false,
    }),
    paragraph([{ text: 'Căn cứ Luật Tổ chức chính quyền địa phương;', italic: true }]),
    paragraph([{ text: 'Căn cứ Luật Ban hành văn bản quy phạm pháp luật;', italic: true }]),
    paragraph([{ text: 'Căn cứ các quy định về rà soát, hệ thống hóa văn bản quy phạm pháp luật;', italic: true }]),
    paragraph([
      { text: 'Theo đề nghị của Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường.', italic: true },
    ]),
    paragraph([{ text: 'QUYẾT ĐỊNH:', bold: true }], { align: 'center', indent: false }),
    paragraph([
      { text: 'Điều 1. ', bold: true },
      {
        text:
          `Công bố kèm theo Quyết định này Danh mục văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ` +
          `${input.wardName} hết hiệu lực toàn bộ hoặc một phần năm ${input.year}, gồm: ${input.whole.length} văn bản hết ` +
          `hiệu lực toàn bộ và ${input.partial.length} văn bản hết hiệu lực một phần.`,
      },
    ]),
    paragraph([{ text: 'Điều 2. ', bold: true }, { text: 'Quyết định này có hiệu lực kể từ ngày ký.' }]),
    paragraph([
      { text: 'Điều 3. ', bold: true },
      {
        text:
          'Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, Thủ trưởng các phòng, đơn vị và các tổ chức, ' +
          'cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
      },
    ]),
    { kind: 'pageBreak' },
    {
      kind: 'landscape',
      blocks: [
        heading(1, `DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT HẾT HIỆU LỰC NĂM ${input.year}`),
        paragraph(`(Kèm theo Quyết định số …/QĐ-UBND ${formatVietnameseDate(input.date)})`, {
          align: 'center',
          indent: false,
        }),
        table('A. VĂN BẢN HẾT HIỆU LỰC TOÀN BỘ', input.whole),
        table('B. VĂN BẢN HẾT HIỆU LỰC MỘT PHẦN', input.partial),
      ],
    },
  ];
  return {
    issuer: input.issuer,
    numbering: { number: null, typeCode: 'QĐ', issuerCode: 'UBND' },
    place: input.place,
    date: input.date,
    title: 'QUYẾT ĐỊNH',
    subject,
    body,
    recipients: ['- Như Điều 3;', '- Ủy ban nhân dân thành phố;', '- Thường trực HĐND phường;', '- Lưu: VT, VP.'],
    signature: { title: 'CHỦ TỊCH', name: null },
  };
}
