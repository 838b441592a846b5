/**
 * Queries citizens type, with the procedure they are looking for. Mostly without diacritics, as
 * people type on phones; with the everyday words, abbreviations, codes and typos that the
 * national portal’s search misses. The browser test prints the share found in the top 3.
 *
 * `expect` is the national code, or the exact name for the few old procedures without a code.
 */
export interface GoldenQuery {
	query: string;
	expect: string;
	/** What the query tests. */
	why: string;
}

/**
 * A query for a commune-level procedure (hộ tịch, chứng thực…). These are not in the catalogue
 * until the commune-level import lands; the search test reports them apart, and counts each one
 * once its procedure is in the catalogue.
 */
export type CommuneQuery = GoldenQuery;

export const goldenQueries: GoldenQuery[] = [
	// Criminal-record certificate: moved to the police in 2025, still searched for under its old name.
	{ query: 'ly lich tu phap', expect: '2.000488', why: 'no diacritics' },
	{ query: 'lltp', expect: '2.000488', why: 'abbreviation' },
	{ query: 'xin phieu ly lich tu phap', expect: '2.000488', why: 'everyday verb “xin”' },
	{ query: 'lam ly lich tu phap o dau', expect: '2.000488', why: '“làm”, question words' },
	{ query: 'giay xac nhan khong tien an', expect: '2.000488', why: 'everyday name' },
	// Nationality.
	{ query: 'nhap quoc tich', expect: '2.002039', why: 'no diacritics' },
	{ query: 'xin nhập quốc tịch việt nam', expect: '2.002039', why: 'with diacritics' },
	{ query: 'nhap tich', expect: '2.002039', why: 'short form' },
	{ query: 'thoi quoc tich', expect: '2.002036', why: 'no diacritics' },
	{ query: 'xin lai quoc tich viet nam', expect: '2.002038', why: 'everyday phrase' },
	{ query: 'xac nhan co quoc tich viet nam', expect: '1.005136', why: 'no diacritics' },
	{ query: 'giay xac nhan nguoi goc viet', expect: '2.001895', why: 'partial name' },
	{ query: 'nhap quoc tick', expect: '2.002039', why: 'typo' },
	// Codes.
	{ query: '2.002039', expect: '2.002039', why: 'national code' },
	{ query: '1.013859', expect: '1.013859', why: 'national code' },
	// Notaries.
	{ query: 'cap the cong chung vien', expect: '1.013859', why: 'no diacritics' },
	{ query: 'mat the cong chung vien', expect: '1.013830', why: '“mất” → cấp lại' },
	{ query: 'mo van phong cong chung', expect: '1.013834', why: '“mở” → thành lập' },
	{ query: 'dang ky tap su cong chung', expect: '1.013807', why: 'đ ≡ d' },
	{ query: 'bổ nhiệm công chứng viên', expect: '1.013803', why: 'with diacritics' },
	{ query: 'dk hoat dong vpcc', expect: '1.013835', why: 'abbreviations' },
	{ query: 'Đăng ký hoạt động văn phòng công chứng', expect: '1.013835', why: 'exact name' },
	// Lawyers.
	{ query: 'dang ki hanh nghe luat su ca nhan', expect: '1.002153', why: 'ki/ky' },
	{ query: 'mo van phong luat su', expect: '1.002010', why: 'everyday phrase' },
	{ query: 'lam lai chung chi hanh nghe luat su bi mat', expect: '1.008628', why: 'lost card' },
	{ query: 'sap nhap cong ty luat', expect: '1.002234', why: 'no diacritics' },
	{ query: 'chung chi luat su sau tap su', expect: '1.000828', why: 'partial name' },
	// Legal aid and legal advice.
	{ query: 'xin tro giup phap ly', expect: '2.000829', why: 'everyday verb' },
	{ query: 'lam cong tac vien tro giup phap ly', expect: '2.000587', why: '“làm”' },
	{ query: 'khieu nai tgpl', expect: '2.000592', why: 'abbreviation' },
	{ query: 'the tu van vien phap luat', expect: '1.000426', why: 'no diacritics' },
	{ query: 'trung tam tu van phap luat', expect: '1.000627', why: 'no diacritics' },
	{ query: 'ho tro phap ly doanh nghiep nho va vua', expect: '1.005464', why: 'field name' },
	// Forensic experts, auctions, arbitration, mediation, bailiffs, insolvency practitioners.
	{ query: 'giam dinh vien tu phap', expect: '1.001122', why: 'no diacritics' },
	{ query: 'mo van phong giam dinh tu phap', expect: '2.000890', why: '“mở” → thành lập' },
	{ query: 'the dau gia vien', expect: '2.001815', why: 'đ ≡ d' },
	{ query: 'thanh lap cong ty dau gia', expect: '2.001395', why: '“công ty” → doanh nghiệp' },
	{ query: 'thanh lap trung tam trong tai', expect: '2.000822', why: 'no diacritics' },
	{ query: 'giay phep trung tam hoa giai thuong mai', expect: '1.008907', why: 'no diacritics' },
	{ query: 'dang ky lam hoa giai vien', expect: '1.009284', why: 'short form' },
	{ query: 'bo nhiem thua phat lai', expect: '1.008922', why: 'no diacritics' },
	{ query: 'mo van phong tpl', expect: '1.008929', why: 'abbreviation and “mở”' },
	{ query: 'chung chi quan tai vien bi mat', expect: '2.001117', why: 'lost certificate' },
	// Adoption, civil status, certification, compensation, secured transactions.
	{ query: 'nguoi nuoc ngoai nhan con nuoi', expect: '1.003160', why: 'everyday phrase' },
	{ query: 'dang ky lai viec nuoi con nuoi', expect: '1.003179', why: 'no diacritics' },
	{ query: 'xin ban sao giay khai sinh', expect: '2.000635', why: 'everyday phrase' },
	{ query: 'ban sao tu so goc', expect: '2.000908', why: 'no diacritics' },
	{ query: 'yeu cau boi thuong nha nuoc', expect: '2.002192', why: 'field words' },
	{ query: 'phuc hoi danh du', expect: '2.002191', why: 'no diacritics' },
	{ query: 'dang ky the chap so do', expect: '1.011441', why: 'everyday words' },
	{
		query: 'xoa the chap quyen su dung dat',
		expect: '1.011443',
		why: '“thế chấp” → biện pháp bảo đảm',
	},
	{
		query: 'bao cao vien phap luat',
		expect: 'Thủ tục công nhận báo cáo viên pháp luật tỉnh',
		why: 'old procedure',
	},
	// More of the same kinds, written before tuning against them.
	{ query: 'đăng kí hành nghề luật sư', expect: '1.002153', why: 'kí/ký with diacritics' },
	{ query: 'hop nhat van phong cong chung', expect: '1.013839', why: 'no diacritics' },
	{ query: 'chuyen nhuong van phong thua phat lai', expect: '1.008936', why: 'no diacritics' },
	{ query: 'cap lai the dau gia vien', expect: '2.001807', why: 'no diacritics' },
	{ query: 'chung chi hanh nghe dau gia', expect: '1.003915', why: 'no diacritics' },
	{
		query: 'sua noi dung dang ky hoat dong doanh nghiep dau gia',
		expect: '2.001333',
		why: '“sửa” → thay đổi',
	},
	{ query: 'mien nhiem giam dinh vien', expect: '2.000894', why: 'no diacritics' },
	{ query: 'the giam dinh vien bi mat', expect: '1.009832', why: 'lost card' },
	{ query: 'trang thong tin dau gia truc tuyen', expect: '2.001225', why: 'no diacritics' },
	{ query: 'tap su hanh nghe thua phat lai', expect: '1.008925', why: 'no diacritics' },
	{ query: 'nhan con nuoi o co so nuoi duong', expect: '1.003976', why: 'everyday phrase' },
	{ query: 'cha duong nhan con rieng lam con nuoi', expect: '1.004878', why: 'everyday phrase' },
	{ query: 'xac nhan thong tin ho tich', expect: '2.002516', why: 'no diacritics' },
	{ query: 'doi ten trung tam hoa giai thuong mai', expect: '1.008910', why: '“đổi” → thay đổi' },
	{
		query: 'dong cua trung tam trong tai',
		expect: '1.008885',
		why: '“đóng cửa” → chấm dứt hoạt động',
	},
	{ query: 'cong nhan hoan thanh tap su cong chung', expect: '3.000444', why: 'no diacritics' },
	{ query: 'rut yeu cau tro giup phap ly', expect: '2.001680', why: 'no diacritics' },
	{ query: 'luat su ky hop dong tro giup phap ly', expect: '2.000977', why: 'word order' },
	{ query: 'thu hoi the cong chung vien', expect: '1.013832', why: 'no diacritics' },
	{ query: 'ban van phong cong chung', expect: '1.013852', why: 'no diacritics' },
	{ query: 'dao tao nghe cong chung o nuoc ngoai', expect: '1.013806', why: 'partial name' },
	{
		query: 'dang ky bien phap bao dam bang quyen su dung dat',
		expect: '1.011441',
		why: 'long name',
	},
	{
		query: 'lý lịch tư pháp cho cơ quan tố tụng',
		expect:
			'Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng (đối tượng là công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam)',
		why: 'old procedure, with diacritics',
	},
	{
		query: 'giam dinh tu phapp van phong thanh lap',
		expect: '2.000890',
		why: 'typo and word order',
	},
	// Citizen phrasings added with issue 10, written before the search was tuned against them.
	{ query: 'xin lai giay khai sinh', expect: '2.000635', why: 'everyday phrase' },
	{ query: 'ban sao giay khai sinh', expect: '2.000635', why: 'no diacritics' },
	{ query: 'trich luc khai sinh', expect: '2.000635', why: 'short form' },
	{ query: 'luat su ky hop dong', expect: '2.000977', why: '“ký” is not “đăng ký”' },
	{ query: 'ky hop dong tro giup phap ly', expect: '2.000977', why: '“ký” is not “đăng ký”' },
	{ query: 'lam the cong chung vien', expect: '1.013859', why: '“làm” → cấp' },
	{ query: 'the thua phat lai bi mat', expect: '1.008928', why: 'lost card' },
	{ query: 'xin thoi quoc tich viet nam', expect: '2.002036', why: 'everyday verb' },
	{ query: 'nguoi goc viet', expect: '2.001895', why: 'short form' },
	{ query: 'giay xac nhan quoc tich', expect: '1.005136', why: 'partial name' },
	{ query: 'ban sao so goc', expect: '2.000908', why: 'short form' },
	{ query: 'xoa dang ky the chap', expect: '1.011443', why: '“thế chấp” → biện pháp bảo đảm' },
	{ query: 'dang ky the chap nha dat', expect: '1.011441', why: 'everyday words' },
	{ query: 'boi thuong oan sai', expect: '2.002192', why: 'everyday words' },
	{ query: 'mo cong ty luat', expect: '1.002010', why: '“mở” and “công ty luật”' },
	{ query: 'thue luat su mien phi', expect: '2.000829', why: 'free lawyer = legal aid' },
	{ query: 'tro giup phap ly mien phi', expect: '2.000829', why: 'everyday phrase' },
	{ query: 'nhan nuoi tre em nuoc ngoai', expect: '1.003198', why: 'everyday phrase' },
];

/** Everyday queries for commune-level justice procedures, written before tuning. */
export const communeQueries: CommuneQuery[] = [
	{ query: 'dang ky khai sinh', expect: '1.001193', why: 'not every “đăng ký”' },
	{ query: 'lam giay khai sinh cho con', expect: '1.001193', why: 'everyday phrase' },
	{ query: 'sua ten trong giay khai sinh', expect: '1.004859', why: '“sửa tên” → cải chính' },
	{ query: 'xac nhan doc than', expect: '1.004873', why: 'everyday name' },
	{ query: 'giay xac nhan doc than', expect: '1.004873', why: 'everyday name' },
	{ query: 'xac nhan tinh trang hon nhan', expect: '1.004873', why: 'partial name' },
	{ query: 'dang ky ket hon', expect: '1.000894', why: 'no diacritics' },
	{ query: 'dang ky ket hon voi nguoi nuoc ngoai', expect: '2.000806', why: 'everyday phrase' },
	{ query: 'khai tu', expect: '1.000656', why: 'short form' },
	{ query: 'lam giay chung tu', expect: '1.000656', why: 'everyday phrase' },
	{ query: 'chung thuc ban sao', expect: '2.000815', why: 'short form' },
	{ query: 'cong chung ban sao can cuoc', expect: '2.000815', why: 'citizens say “công chứng”' },
	{ query: 'chung thuc chu ky', expect: '2.000884', why: 'short form' },
	{ query: 'chung thuc di chuc', expect: '2.001019', why: 'no diacritics' },
	{ query: 'nhan con nuoi trong nuoc', expect: '2.001263', why: 'everyday phrase' },
	{ query: 'dang ky giam ho', expect: '1.004837', why: 'no diacritics' },
	{ query: 'nhan cha con', expect: '1.001022', why: 'short form' },
	{ query: 'boi thuong nha nuoc cap xa', expect: '2.002165', why: 'level in the query' },
];
