/**
 * Demo entries of the services to citizens: administrative procedures,
 * questions and answers, and the leadership's weekly schedule. A fixed
 * small set whatever the corpus size (a department handles a few dozen
 * procedures at most). Names follow the kinds of procedure a provincial
 * department of foreign affairs handles; codes, deadlines and fees are
 * invented: this is not real information.
 */
import { addDays, type Random } from './random';
import { markdownFile, LAST_DAY, type SlugSet, type Sink } from './entries';
import { makePdf } from './media';
import { personName } from './text';
import { isoWeekOf } from '../../../src/lib/schedule/week';

/** A document of the real content, which a procedure's legal basis links to when the corpus has it. */
export const LINKED_DOCUMENT = 'thong-tu-lien-tich-02-2015-ttlt-bng-bnv';

interface ProcedurePlan {
  title: string;
  field: string;
  form?: string;
}

const PROCEDURES: ProcedurePlan[] = [
  {
    title: 'Cho phép tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân tỉnh',
    field: 'Hội nghị, hội thảo quốc tế',
    form: 'Tờ trình đề nghị tổ chức hội nghị',
  },
  { title: 'Báo cáo kết quả tổ chức hội nghị, hội thảo quốc tế', field: 'Hội nghị, hội thảo quốc tế' },
  { title: 'Cho phép sử dụng thẻ đi lại của doanh nhân APEC', field: 'Lãnh sự', form: 'Tờ khai đề nghị cho phép sử dụng thẻ ABTC' },
  { title: 'Đề nghị cử cán bộ, công chức đi công tác nước ngoài', field: 'Lãnh sự', form: 'Mẫu đề nghị cử đoàn ra' },
  { title: 'Tiếp nhận khoản viện trợ phi chính phủ nước ngoài', field: 'Viện trợ phi chính phủ nước ngoài', form: 'Văn kiện khoản viện trợ (mẫu)' },
  { title: 'Phê duyệt văn kiện chương trình, dự án viện trợ phi chính phủ nước ngoài', field: 'Viện trợ phi chính phủ nước ngoài' },
  { title: 'Đề nghị ký kết thỏa thuận quốc tế nhân danh Ủy ban nhân dân tỉnh', field: 'Thỏa thuận quốc tế' },
];

const STEPS = [
  'Chuẩn bị hồ sơ theo danh sách dưới đây; tải mẫu đơn ở mục "Mẫu đơn, tờ khai" nếu có.',
  'Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia, hoặc trực tiếp tại Bộ phận một cửa của Sở, hoặc qua bưu điện.',
  'Sở kiểm tra hồ sơ; nếu thiếu, Sở báo trong 02 ngày làm việc để bổ sung.',
  'Nhận kết quả tại nơi đã nộp hoặc qua bưu điện, theo lựa chọn khi nộp hồ sơ.',
];

const REQUIREMENTS = [
  'Văn bản đề nghị của cơ quan, tổ chức (bản chính)',
  'Bản sao giấy tờ chứng minh tư cách pháp lý của tổ chức',
  'Danh sách thành viên tham gia (họ tên, chức vụ, quốc tịch)',
];

export function planProcedures(random: Random, slugs: SlugSet, sink: Sink, options: { linkDocument: boolean }): void {
  PROCEDURES.forEach((plan, n) => {
    const slug = slugs.claim(plan.title);
    const date = addDays(LAST_DAY, -random.int(30, 400));
    const forms = plan.form ? [{ file: `${slug}-mau-don.pdf`, title: plan.form }] : [];
    if (plan.form) {
      sink.binary(
        `thu-tuc-hanh-chinh/${slug}-mau-don.pdf`,
        makePdf({ title: plan.form, heading: 'MAU DON', lines: [plan.form, '', 'Ban mau, khong co gia tri phap ly.'], day: date }),
      );
    }
    const data = {
      title: plan.title,
      code: `9.${String(100_001 + n * 7 + random.int(0, 6)).padStart(6, '0')}`,
      portalUrl: `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${90_000 + n}`,
      field: plan.field,
      level: 'Cấp tỉnh',
      date,
      processingTime: `${String(random.pick([5, 7, 10, 15])).padStart(2, '0')} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ`,
      fees: random.chance(0.7) ? 'Không' : '200.000 đồng/hồ sơ',
      applicants: random.chance(0.5) ? 'Cơ quan, tổ chức, doanh nghiệp trên địa bàn tỉnh Sơn La' : 'Doanh nhân, doanh nghiệp có trụ sở tại tỉnh Sơn La',
      agency: 'Sở Ngoại vụ tỉnh Sơn La',
      steps: STEPS,
      requirements: REQUIREMENTS.slice(0, random.int(2, 3)),
      forms,
      legalBasis: [
        { title: 'Nghị định số 80/2020/NĐ-CP (ví dụ)' },
        ...(options.linkDocument ? [{ title: 'Thông tư liên tịch số 02/2015/TTLT-BNG-BNV', document: LINKED_DOCUMENT }] : []),
      ],
    };
    sink.text(`thu-tuc-hanh-chinh/${slug}.md`, markdownFile(data, 'Ghi chú: thủ tục mẫu, không phải thông tin thật.'));
  });
}

const QUESTIONS: [topic: string, question: string, answer: string][] = [
  [
    'Thẻ đi lại của doanh nhân APEC',
    'Doanh nghiệp cần điều kiện gì để được cho phép sử dụng thẻ APEC?',
    'Doanh nghiệp hoạt động hợp pháp, có quan hệ thương mại với đối tác ở các nền kinh tế thành viên APEC; xem thủ tục "Cho phép sử dụng thẻ đi lại của doanh nhân APEC".',
  ],
  ['Thẻ đi lại của doanh nhân APEC', 'Thẻ APEC có thời hạn bao lâu?', 'Thẻ có thời hạn theo quy định của Bộ Công an; hết hạn thì làm lại thủ tục từ đầu.'],
  [
    'Hội nghị, hội thảo quốc tế',
    'Tổ chức hội thảo có đại biểu nước ngoài cần xin phép ai?',
    'Hội nghị, hội thảo quốc tế trên địa bàn tỉnh cần được Chủ tịch Ủy ban nhân dân tỉnh cho phép; hồ sơ nộp qua Sở Ngoại vụ.',
  ],
  ['Hội nghị, hội thảo quốc tế', 'Nộp hồ sơ xin tổ chức hội nghị quốc tế trước bao lâu?', 'Nộp chậm nhất 20 ngày trước ngày khai mạc để Sở kịp thẩm định.'],
  [
    'Viện trợ phi chính phủ nước ngoài',
    'Xã có được trực tiếp nhận viện trợ của tổ chức phi chính phủ không?',
    'Được, khi khoản viện trợ đã được cấp có thẩm quyền phê duyệt; Sở hướng dẫn thủ tục tiếp nhận.',
  ],
  [
    'Người Việt Nam ở nước ngoài',
    'Người thân đang ở nước ngoài gặp nạn thì liên hệ ai?',
    'Gọi đường dây nóng bảo hộ công dân của Bộ Ngoại giao và báo cho Sở để được hướng dẫn.',
  ],
];

/** Questions: one dated after the corpus's "today", so the scheduled one shows in tests. */
export function planQuestions(random: Random, slugs: SlugSet, sink: Sink): void {
  QUESTIONS.forEach(([topic, question, answer], n) => {
    const slug = slugs.claim(question);
    const date = n === QUESTIONS.length - 1 ? addDays(LAST_DAY, 5) : addDays(LAST_DAY, -random.int(10, 300));
    const data = {
      question,
      topic,
      answer,
      date,
      asker: random.chance(0.5) ? `${personName(random)}, Thành phố Sơn La` : undefined,
      answeredBy: 'Sở Ngoại vụ tỉnh Sơn La',
    };
    sink.text(
      `hoi-dap/${slug}.md`,
      markdownFile(data, 'Câu hỏi và trả lời mẫu, không phải thông tin thật. Cần hướng dẫn thêm, xin gọi số điện thoại của Sở ở cuối trang.'),
    );
  });
}

const EVENTS: [title: string, place: string][] = [
  ['Giao ban Lãnh đạo Sở', 'Phòng họp tầng 2, Sở Ngoại vụ'],
  ['Làm việc với Đoàn công tác tỉnh Luông Pha Bang (Lào)', 'Trụ sở UBND tỉnh'],
  ['Dự Hội nghị sơ kết công tác đối ngoại', 'Hội trường UBND tỉnh'],
  ['Kiểm tra công tác quản lý biên giới tại huyện Sốp Cộp', 'Huyện Sốp Cộp'],
  ['Tiếp Đại sứ quán Lào tại Hà Nội', 'Phòng khách Sở Ngoại vụ'],
  ['Họp thẩm định hồ sơ viện trợ phi chính phủ', 'Phòng họp tầng 2, Sở Ngoại vụ'],
];

const CHAIRS = ['Giám đốc Sở', 'Phó Giám đốc Sở'];

/** Six weeks of schedule around the corpus's "today": four before its week, its week, and the next. */
export function planSchedule(random: Random, sink: Sink): void {
  const today = LAST_DAY;
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const thisMonday = addDays(today, -weekday);
  for (let w = -4; w <= 1; w++) {
    const monday = addDays(thisMonday, 7 * w);
    const events = Array.from({ length: random.int(3, 6) }, () => {
      const day = addDays(monday, random.int(0, 4));
      const [title, place] = random.pick(EVENTS);
      const morning = random.chance(0.6);
      const allDay = random.chance(0.15);
      return {
        date: day,
        start: allDay ? undefined : morning ? '08:00' : '14:00',
        end: allDay || random.chance(0.3) ? undefined : morning ? '11:00' : '16:30',
        title,
        place,
        chair: random.pick(CHAIRS),
        attendees: random.chance(0.6) ? 'Trưởng các phòng chuyên môn' : undefined,
      };
    });
    const { year, week } = isoWeekOf(monday);
    sink.text(`lich-cong-tac/${year}-tuan-${week}.md`, markdownFile({ week: monday, events }));
  }
}
