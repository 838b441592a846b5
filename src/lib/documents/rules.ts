import type { DocumentKind } from './kinds';

/**
 * One row of the rule table: a pattern over the folded text of a document line (`foldLine`: no
 * tone marks, `đ` → `d`, lower case, list markers removed) and the canonical kind it names.
 */
export interface KindRule {
	kind: DocumentKind;
	pattern: RegExp;
}

/**
 * “Giấy tờ chứng minh về trụ sở” is premises, not generic evidence: a specific row may start at
 * the “giấy tờ / tài liệu / văn bản / quyết định …” that introduces its subject, so it ties with
 * the generic row at the same place and wins by coming first in the table.
 */
function evidenceOf(subject: string): RegExp {
	return new RegExp(
		`\\b(?:(?:giay to|tai lieu|van ban|chung cu|giay chung nhan|quyet dinh|giay)\\b[^.;:]{0,40}?)?\\b(?:${subject})`
	);
}

/**
 * The rule table, read by {@link classifyLine}. Among all rows whose pattern matches the line, the
 * match that starts **leftmost** wins, because a line names its paper first and then qualifies it
 * (“Bản sao Giấy khai sinh của con … hoặc giấy tờ khác chứng minh quan hệ cha con” is a birth
 * certificate); on a tie, the row listed **first** wins, so specific rows come before generic ones
 * (“giấy tờ chứng minh … trụ sở” is premises before it is generic evidence). Words such as
 * “bản sao”, “bản chính”, “có chứng thực” match no row: they say how the paper is handed in.
 */
export const kindRules: KindRule[] = [
	// The procedure’s own request: đơn, tờ khai, giấy/văn bản/phiếu đề nghị or yêu cầu, tờ trình.
	{
		kind: 'application',
		pattern:
			/^(van ban|cong van|to trinh|vb)( cua [^.;:]{0,80}?)? (de nghi|yeu cau|xin)\b|^(van ban )?thong bao\b|\b(don (de nghi|xin|dang ky|yeu cau|khieu nai|trinh bay|de xuat|rut)|don\b(?= (cua|theo mau|co xac nhan|ghi ro|nhan|thoi|nhap|tro lai))|(ban |to )?khai (dang ky|de nghi|thong tin|theo mau|ly do|xin)|to khai\b|(giay|van ban|cong van|phieu|to trinh|thu|vb) (de nghi|yeu cau|xin|de xuat)|(giay|phieu|van ban) dang ky (?!(kinh doanh|doanh nghiep|hoat dong|hanh nghe|tham gia tro giup))|to trinh\b|phieu (dang ky|xin|thong tin|khai)|thong bao (dang ky|thay doi|de nghi|cho|ve viec (thay doi|cham dut|dang ky))|ban dang ky\b|mau (ho tich )?(dien tu )?(tuong tac )?(de nghi|yeu cau|dang ky)|(bieu )?mau (ho tich )?dien tu)/,
	},
	{
		kind: 'birth-certificate',
		pattern: /\b(giay khai sinh|(trich luc|ban sao|to) khai sinh|khai sinh (cua|ban sao))/,
	},
	{
		kind: 'marriage-certificate',
		pattern:
			/\b(giay chung nhan (dang ky )?ket hon|trich luc (dang ky )?ket hon|giay (dang ky )?ket hon|chung nhan (viec )?ket hon)/,
	},
	{
		kind: 'marital-status',
		pattern: evidenceOf(
			'xac nhan tinh trang hon nhan|(chung minh )?(ve )?tinh trang hon nhan|(khong|chua) co vo hoac (khong|chua) co chong'
		),
	},
	{
		kind: 'death-certificate',
		pattern: /\b(giay chung tu|trich luc (khai|dang ky) tu|giay bao tu)/,
	},
	{
		kind: 'civil-status-other',
		pattern:
			/\b(trich luc (ho tich|thay doi|ghi chu|ly hon|giam ho|nhan cha|cai chinh)|giay to ho tich|so ho tich|ban sao trich luc ho tich)/,
	},
	{ kind: 'criminal-record', pattern: evidenceOf('(phieu |thong tin )?ly lich tu phap') },
	{
		kind: 'curriculum-vitae',
		pattern:
			/\b(so yeu ly lich|ban (tu )?khai ly lich|ly lich (trich ngang|tu khai|ca nhan|khoa hoc|chuyen mon))/,
	},
	{
		kind: 'identity',
		pattern: evidenceOf(
			'chung minh nhan dan|the can cuoc|can cuoc (cong dan|dien tu)|giay chung nhan can cuoc|ho chieu|giay to tuy than|(chung minh|ve|co gia tri chung minh) (nhan than|nhan dang|lai lich)|so dinh danh ca nhan|the (thuong|tam) tru'
		),
	},
	{
		kind: 'residence',
		pattern: evidenceOf(
			'so ho khau|so tam tru|xac nhan (thong tin ve )?cu tru|chung minh (thong tin ve )?(noi |cho o |dia chi )?(cu tru|thuong tru|tam tru)|(noi|cho o|dia chi) (cu tru|thuong tru|tam tru)'
		),
	},
	{
		kind: 'nationality',
		pattern: evidenceOf('(chung minh|xac nhan|xac minh|ve) [^.;:]{0,20}quoc tich'),
	},
	{
		kind: 'family-relationship',
		pattern: evidenceOf(
			'(chung minh|xac dinh|xac nhan) (ve )?(moi )?quan he|quan he (cha|me|vo chong|nhan than|ho hang|gia dinh|nuoi duong|than thich)'
		),
	},
	{
		kind: 'photo',
		pattern:
			/(\b(\d+|mot|hai|ba|bon)\s+anh\b|\banh (mau|chan dung|the|ca nhan)\b|\banh (co|kich thuoc|chup)\b|\banh \d)/,
	},
	{
		kind: 'medical-record',
		pattern:
			/\b(giay chung sinh|giay ra vien|(trich sao )?ho so benh an|(giay|van ban) xac nhan cua (co so|to chuc) (kham benh|y te))/,
	},
	{
		kind: 'health-certificate',
		pattern: evidenceOf(
			'(giay|phieu|ket qua) (chung nhan |kham )?(du )?suc khoe|giay kham suc khoe|xac nhan (ve )?tinh trang suc khoe'
		),
	},
	{
		kind: 'degree',
		pattern:
			/\b(bang (tot nghiep|cu nhan|thac si|tien si|dai hoc)|van bang|(chung chi|giay chung nhan) (da )?(tot nghiep|hoan thanh|dao tao|boi duong|ngoai ngu|tin hoc|nghiep vu)|chung chi (da )?tham gia|chung nhan (da )?(hoan thanh|tot nghiep)|(giay chung nhan|giay xac nhan|quyet dinh cong nhan) (ket qua |kiem tra |hoan thanh )*(ket qua |kiem tra )*tap su|ket qua (kiem tra|sat hach) (ket qua )?tap su)/,
	},
	{
		kind: 'practice-certificate',
		pattern:
			/\b(chung chi hanh nghe|the (luat su|cong chung vien|tham dinh vien|giam dinh vien|thua phat lai|dau gia vien|tu van vien|tro giup vien|quan tai vien|hoa giai vien|tham tra vien|hanh nghe|cong tac vien)|quyet dinh (bo nhiem|cong nhan|mien nhiem)[^.;]{0,30}(cong chung vien|giam dinh vien|thua phat lai|tro giup vien|quan tai vien|hoa giai vien|tham tra vien|thanh tra vien|luat su)|giay (dang ky )?hanh nghe|giay chung nhan hanh nghe|giay dang ky tham gia tro giup|chung chi (dau gia|quan tai))/,
	},
	{
		kind: 'work-experience',
		pattern: evidenceOf(
			'thoi gian (cong tac|hanh nghe|lam)|kinh nghiem (nghe nghiep|cong tac|lam viec)|da (co |hanh nghe|lam|cong tac)[^.;]{0,30}tu (du )?\\d+ nam|xac nhan (ve )?(thoi gian|qua trinh) (cong tac|hanh nghe|lam)|ban khai kinh nghiem|qua trinh (cong tac|hanh nghe)'
		),
	},
	{
		kind: 'social-status',
		pattern: evidenceOf(
			'ho (can )?ngheo|nguoi co cong|thuong binh|benh binh|liet si|khuyet tat|tro cap (xa hoi|uu dai)|huong tro cap|bao tro xa hoi|chat doc hoa hoc|ba me viet nam anh hung|danh hieu anh hung|nan nhan|dan toc thieu so|huan chuong|huy chuong|ky niem chuong|hoat dong cach mang|nhiem hiv'
		),
	},
	{
		kind: 'business-registration',
		pattern:
			/\b(giay (chung nhan )?dang ky (doanh nghiep|kinh doanh|hop tac xa|ho kinh doanh)|ban sao (giay )?dang ky kinh doanh)/,
	},
	{
		kind: 'land-certificate',
		pattern:
			/\b(giay chung nhan (doi voi )?quyen (su dung|so huu)|so hong|giay chung nhan \(ban goc\))/,
	},
	{
		kind: 'premises',
		pattern: evidenceOf(
			'(dieu kien (ve )?)?tru so|dia diem (hoat dong|kinh doanh|dat)|co so vat chat|trang thiet bi'
		),
	},
	{
		kind: 'licence',
		pattern:
			/\b(giay phep|giay dang ky hoat dong|giay chung nhan (dang ky )?hoat dong|giay chung nhan (du dieu kien|dang ky)|quyet dinh (cho phep|thanh lap|cap phep|giao|phe duyet|cong nhan)|giay chung nhan\b)/,
	},
	{ kind: 'charter', pattern: /\b(dieu le|quy che|quy tac|noi quy|quy dinh noi bo)\b/ },
	{
		kind: 'project',
		pattern: /\b(de an|du an|phuong an|ban thuyet minh|thuyet minh|ke hoach)\b/,
	},
	{
		kind: 'contract',
		pattern:
			/\b(hop dong|thoa thuan|giao dich|di chuc|van ban (phan chia|tu choi nhan|khai nhan) di san)\b/,
	},
	{
		kind: 'power-of-attorney',
		pattern:
			/\b(uy quyen|giay gioi thieu|van ban (co noi dung )?ve (viec )?dai dien|van ban cu (nguoi )?dai dien|van ban (co noi dung )?ve viec [^.;]{0,30}giao nhiem vu)\b/,
	},
	{ kind: 'commitment', pattern: /\b(cam doan|cam ket)\b/ },
	{ kind: 'member-list', pattern: /\b(danh sach|danh muc)\b/ },
	{
		kind: 'court-decision',
		pattern:
			/\b(ban an|quyet dinh cua toa an|toa an[^.;]{0,30}(quyet dinh|ban an)|quyet dinh (tuyen bo|mo thu tuc|giai quyet viec))/,
	},
	{
		kind: 'internal-decision',
		pattern:
			/\b(nghi quyet|bien ban hop|bien ban (cua|thong qua)|quyet dinh cua (hoi dong|dai hoi|chu so huu)|quyet dinh (ve viec )?cu\b|quyet dinh cua to chuc chu quan|bien ban(?! xac nhan))\b/,
	},
	{ kind: 'report', pattern: /\b(bao cao|ban dieu tra|ban danh gia)\b/ },
	{
		kind: 'financial',
		pattern:
			/\b(hoa don|chung tu|bien lai|to khai (thue|hai quan)|so ke toan|bang ke|sao ke|xac nhan (so du|tien gui|ky quy)|giay nop tien)\b/,
	},
	{
		kind: 'drawing',
		// “văn bản về” folds to “van ban ve”: a drawing is “bản vẽ” not preceded by “văn”.
		pattern: /(?<!\bvan )\bban ve\b|\b(ban do|so do|manh trich do|trich do)\b/,
	},
	{
		kind: 'authority-confirmation',
		pattern:
			/\b(van ban|giay|y kien|thong bao|cong van|quyet dinh) (xac nhan|chap thuan|dong y|cho phep|cua (co quan|uy ban|to chuc|bo|so|cong an|ubnd|chu tich))|\bxac nhan cua\b|\bquyet dinh (tiep nhan|huong|tro cap)\b|\bbien ban xac nhan\b/,
	},
	{
		kind: 'eligibility-proof',
		pattern:
			/\b(giay to|tai lieu|van ban|chung cu|giay)[^.;:]{0,40}\b(chung minh|xac dinh|xac nhan)\b|\b(giay to|tai lieu|van ban|ho so) (khac |co )?(lien quan|kem theo)|\bcac (giay to|tai lieu) khac\b|\b(giay to|van ban|tai lieu) lam (can cu|co so)\b/,
	},
];
