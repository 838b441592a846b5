/**
 * How citizens say it, and how procedure names say it.
 *
 * Each rule lists what people type (`say`) and the official wording it stands for (`means`).
 * When a query contains one of the `say` phrases as whole words, the search also tries the query
 * with that phrase replaced by each `means` phrase; the query as typed is always tried too and
 * ranks first when it matches as well. Write both sides as normal Vietnamese, with diacritics:
 * they are folded like every query (no marks, đ → d, kí = ký), so one entry covers every spelling.
 *
 * Add a rule when a real query fails; keep `note` saying where the usage comes from.
 */
export interface SynonymRule {
	/** What citizens type: abbreviations, everyday words, old names. */
	say: string[];
	/** The official wording used in procedure names; `''` means the words may be left out. */
	means: string[];
	/** Why the rule exists. */
	note: string;
}

/**
 * Words that say nothing about which procedure is meant (“thủ tục”, “ở đâu”, “xin”): the search
 * leaves them out, unless the query has nothing else, as they would only dilute the match.
 */
export const fillers: string[] = [
	'thủ tục',
	'hồ sơ',
	'giấy tờ',
	'ở đâu',
	'như thế nào',
	'thế nào',
	'làm sao',
	'làm thế nào',
	'bao lâu',
	'mất bao lâu',
	'cần gì',
	'gì',
	'cách',
	'muốn',
	'tôi',
	'xin',
	'nộp',
	'việc',
	'cho con',
	'cho bé',
	'cho cháu',
];

export const synonyms: SynonymRule[] = [
	// Abbreviations used on forms, forums and in the Department’s own notices.
	{ say: ['LLTP', 'lý lịch'], means: ['lý lịch tư pháp'], note: 'Phiếu lý lịch tư pháp' },
	{ say: ['TGPL'], means: ['trợ giúp pháp lý'], note: 'Trợ giúp pháp lý' },
	{ say: ['CCHN'], means: ['chứng chỉ hành nghề'], note: 'Chứng chỉ hành nghề' },
	{ say: ['VPCC'], means: ['văn phòng công chứng'], note: 'Văn phòng công chứng' },
	{ say: ['CCV'], means: ['công chứng viên'], note: 'Công chứng viên' },
	{ say: ['TPL'], means: ['thừa phát lại'], note: 'Thừa phát lại' },
	{ say: ['QTV'], means: ['quản tài viên'], note: 'Quản tài viên' },
	{ say: ['GĐTP'], means: ['giám định tư pháp'], note: 'Giám định tư pháp' },
	{ say: ['HGTM'], means: ['hòa giải thương mại'], note: 'Hòa giải thương mại' },
	{ say: ['CTV'], means: ['cộng tác viên'], note: 'Cộng tác viên trợ giúp pháp lý' },
	{ say: ['ĐKHĐ'], means: ['đăng ký hoạt động'], note: 'Đăng ký hoạt động' },
	{ say: ['ĐK', 'đki'], means: ['đăng ký'], note: 'Viết tắt thường gặp khi gõ nhanh' },
	{ say: ['QSDĐ'], means: ['quyền sử dụng đất'], note: 'Quyền sử dụng đất' },
	{ say: ['DN'], means: ['doanh nghiệp'], note: 'Doanh nghiệp' },
	{ say: ['VN'], means: ['Việt Nam'], note: 'Việt Nam' },

	// Everyday words for the official verbs.
	{
		say: ['mở', 'mở mới', 'lập', 'mở cửa'],
		means: ['thành lập', 'đăng ký hoạt động'],
		note: '“mở văn phòng” = thành lập, rồi đăng ký hoạt động',
	},
	{ say: ['làm', 'xin cấp', 'làm mới'], means: ['cấp'], note: '“làm thẻ” = cấp' },
	{
		say: ['thành lập'],
		means: ['đăng ký hoạt động'],
		note: 'Doanh nghiệp đấu giá, tổ chức hành nghề luật sư… được thành lập bằng việc đăng ký hoạt động',
	},
	{
		say: ['mất', 'bị mất', 'làm mất', 'hỏng', 'bị hỏng', 'rách', 'làm lại', 'cấp mới lại'],
		means: ['cấp lại'],
		note: 'Mất hoặc hỏng giấy tờ thì làm thủ tục cấp lại',
	},
	{
		say: ['đổi', 'sửa', 'sửa đổi', 'điều chỉnh', 'cập nhật'],
		means: ['thay đổi'],
		note: '“đổi tên”, “sửa nội dung” = thay đổi',
	},
	{
		say: ['đóng cửa', 'giải thể', 'ngừng hoạt động', 'dừng hoạt động', 'nghỉ'],
		means: ['chấm dứt hoạt động'],
		note: '“đóng cửa văn phòng” = chấm dứt hoạt động',
	},
	{
		say: ['công ty'],
		means: ['doanh nghiệp'],
		note: '“công ty đấu giá” = doanh nghiệp đấu giá tài sản',
	},
	{
		say: ['văn phòng luật sư', 'công ty luật', 'hãng luật'],
		means: ['tổ chức hành nghề luật sư'],
		note: 'Luật Luật sư: tổ chức hành nghề luật sư gồm văn phòng luật sư và công ty luật',
	},
	{
		say: ['thẻ luật sư'],
		means: ['chứng chỉ hành nghề luật sư'],
		note: 'Người dân gọi chứng chỉ là “thẻ”',
	},

	// Everyday names of the things.
	{
		say: [
			'giấy xác nhận không tiền án',
			'xác nhận không tiền án',
			'giấy không tiền án',
			'không tiền án',
		],
		means: ['phiếu lý lịch tư pháp'],
		note: 'Tên gọi dân gian của Phiếu lý lịch tư pháp',
	},
	{
		say: ['tiền án', 'tiền sự', 'án tích'],
		means: ['lý lịch tư pháp'],
		note: 'Phiếu lý lịch tư pháp ghi án tích',
	},
	{
		say: ['thế chấp', 'cầm cố', 'thế chấp đất'],
		means: ['biện pháp bảo đảm'],
		note: 'Đăng ký thế chấp = đăng ký biện pháp bảo đảm',
	},
	{
		say: ['sổ đỏ', 'sổ hồng', 'đất đai', 'nhà đất'],
		means: ['quyền sử dụng đất'],
		note: 'Giấy chứng nhận quyền sử dụng đất',
	},
	{ say: ['nhập tịch'], means: ['nhập quốc tịch'], note: 'Cách nói ngắn' },
	{
		say: ['bỏ quốc tịch', 'xin thôi quốc tịch'],
		means: ['thôi quốc tịch'],
		note: 'Cách nói thường ngày',
	},
	{
		say: ['lấy lại quốc tịch', 'xin lại quốc tịch'],
		means: ['trở lại quốc tịch'],
		note: 'Cách nói thường ngày',
	},
	{
		say: ['xin con nuôi', 'nhận nuôi', 'nhận con nuôi'],
		means: ['nuôi con nuôi', 'làm con nuôi'],
		note: 'Cách nói thường ngày',
	},
	{
		say: ['việt kiều'],
		means: ['người Việt Nam định cư ở nước ngoài'],
		note: 'Cách nói thường ngày',
	},
	{
		say: ['người nước ngoài', 'người ngoại quốc'],
		means: ['nước ngoài'],
		note: 'Tên thủ tục thường viết “có yếu tố nước ngoài”',
	},
	{
		say: ['giấy khai sinh', 'khai sinh'],
		means: ['trích lục hộ tịch', 'bản sao giấy khai sinh'],
		note: 'Xin lại giấy khai sinh = cấp bản sao trích lục',
	},
	{ say: ['bồi thường'], means: ['giải quyết yêu cầu bồi thường'], note: 'Bồi thường nhà nước' },
	{
		say: ['bồi thường oan sai', 'oan sai', 'bị oan', 'làm oan'],
		means: ['giải quyết yêu cầu bồi thường'],
		note: 'Người dân gọi bồi thường nhà nước là “bồi thường oan sai”',
	},

	// Everyday names of commune-level civil-status and certification procedures (issue 10).
	{
		say: ['làm giấy khai sinh', 'làm khai sinh', 'đi khai sinh'],
		means: ['đăng ký khai sinh'],
		note: '“Làm giấy khai sinh cho con” = đăng ký khai sinh (Luật Hộ tịch)',
	},
	{
		say: [
			'sửa tên trong giấy khai sinh',
			'sửa giấy khai sinh',
			'sửa khai sinh',
			'sửa tên',
			'sửa họ tên',
			'đổi tên',
			'đổi họ',
			'sai tên',
			'sửa ngày sinh',
			'cải chính',
			'bổ sung thông tin hộ tịch',
		],
		means: ['thay đổi cải chính bổ sung thông tin hộ tịch', 'thay đổi tên gọi'],
		note: 'Sửa tên, ngày sinh trong giấy tờ hộ tịch = thay đổi, cải chính hộ tịch; “đổi tên” một tổ chức = thay đổi tên gọi',
	},
	{
		say: [
			'xác nhận độc thân',
			'giấy xác nhận độc thân',
			'giấy độc thân',
			'độc thân',
			'chưa kết hôn',
			'xác nhận chưa kết hôn',
		],
		means: ['xác nhận tình trạng hôn nhân'],
		note: 'Tên gọi thường ngày của Giấy xác nhận tình trạng hôn nhân',
	},
	{
		say: ['giấy chứng tử', 'chứng tử', 'làm giấy chứng tử', 'báo tử', 'khai báo tử'],
		means: ['khai tử'],
		note: 'Giấy chứng tử = trích lục khai tử, cấp khi đăng ký khai tử',
	},
	{
		say: ['với người nước ngoài', 'với người ngoại quốc', 'với việt kiều', 'với người việt kiều'],
		means: ['có yếu tố nước ngoài'],
		note: 'Kết hôn, nhận con… với người nước ngoài: tên thủ tục viết “có yếu tố nước ngoài”',
	},
	{
		say: [
			'công chứng bản sao',
			'photo công chứng',
			'sao y',
			'sao y bản chính',
			'công chứng giấy tờ',
		],
		means: ['chứng thực bản sao từ bản chính'],
		note: 'Người dân gọi chứng thực bản sao ở UBND xã là “công chứng”',
	},
	{
		say: ['công chứng chữ ký', 'xác nhận chữ ký'],
		means: ['chứng thực chữ ký'],
		note: 'Người dân gọi chứng thực chữ ký là “công chứng chữ ký”',
	},
	{
		say: [
			'căn cước',
			'căn cước công dân',
			'thẻ căn cước',
			'cccd',
			'cmnd',
			'chứng minh nhân dân',
			'chứng minh thư',
			'hộ chiếu',
		],
		means: [''],
		note: 'Giấy tờ tùy thân cần sao, chứng thực: không phải tên thủ tục, có thể bỏ qua',
	},
	{
		say: [
			'luật sư miễn phí',
			'thuê luật sư miễn phí',
			'luật sư bào chữa miễn phí',
			'tư vấn pháp luật miễn phí',
			'trợ giúp pháp lý miễn phí',
		],
		means: ['yêu cầu trợ giúp pháp lý'],
		note: 'Trợ giúp pháp lý là dịch vụ pháp lý miễn phí (Luật Trợ giúp pháp lý 2017)',
	},
	{
		say: ['hòa giải viên'],
		means: ['hòa giải viên thương mại'],
		note: 'Hòa giải viên thương mại vụ việc',
	},
];
