/** Retrieval practice in lessons 1–5: scenarios, options and why each is or is not right (Vietnamese). */
export const practice = {
  'practice.ui.heading': 'Thử áp dụng',
  'practice.ui.lead':
    'Chọn cách bạn thấy hợp nhất, rồi bấm “Kiểm tra” để xem vì sao từng lựa chọn đúng hay chưa. Bạn có thể chọn lại bao nhiêu lần tuỳ thích.',
  'practice.ui.scenario': 'Tình huống {number}',
  'practice.ui.check': 'Kiểm tra',
  'practice.ui.retry': 'Chọn lại',
  'practice.ui.pick': 'Hãy chọn một phương án trước khi kiểm tra.',
  'practice.ui.right': 'Đúng rồi.',
  'practice.ui.wrong': 'Chưa đúng. Đọc lý do bên dưới rồi chọn lại.',
  'practice.ui.isRight': 'Phương án đúng',
  'practice.ui.isWrong': 'Chưa phải',
  'practice.ui.yourChoice': 'Bạn chọn',
  'practice.ui.score': '{right}/{total} tình huống đã trả lời đúng',
  'practice.ui.firstTry': '{count} tình huống đúng ngay lần đầu',
  'practice.ui.none': 'Chưa làm',

  'practice.network-as-resource.1.prompt':
    'Chị Hạnh sinh hoạt trong hội đồng hương Quảng Ngãi ở TP.HCM. Anh Phúc, cũng trong hội, đang cần một thợ điện đáng tin cho quán cơm mới mở. Em họ của chị Hạnh vừa học xong nghề điện và đang tìm việc. Chị Hạnh nên làm gì?',
  'practice.network-as-resource.1.a': 'Gửi ngay số điện thoại của em họ cho anh Phúc, khỏi hỏi ai.',
  'practice.network-as-resource.1.a.why':
    'Nhanh thật, nhưng chưa ai được hỏi ý. Em họ có thể đang bận việc khác; anh Phúc có thể muốn thợ lâu năm. Một lời giới thiệu tốt bắt đầu bằng việc hỏi cả hai phía.',
  'practice.network-as-resource.1.b':
    'Hỏi em họ và anh Phúc xem có muốn gặp không, rồi nhắn cho hai người một dòng nói vì sao họ hợp nhau.',
  'practice.network-as-resource.1.b.why':
    'Đúng. Cả hai đều được chọn, và mỗi người biết vì sao nên gặp người kia. Nếu việc suôn sẻ, chị Hạnh đã góp một phần thật sự vào thành công của cả hai.',
  'practice.network-as-resource.1.c':
    'Không xen vào: chuyện làm ăn của người khác, mình đừng dính.',
  'practice.network-as-resource.1.c.why':
    'Đứng ngoài thì an toàn, nhưng bỏ phí một cơ hội giúp cả hai người. Mạng lưới là nguồn lực; nối đúng người với nhau là một đóng góp, không phải chuyện tọc mạch.',

  'practice.network-as-resource.2.prompt':
    'Ba tháng trước, bạn giới thiệu một bạn học cũ với một khách hàng của công ty. Nay hai bên ký được hợp đồng. Nên nhìn vai trò của bạn thế nào?',
  'practice.network-as-resource.2.a':
    'Chẳng có gì: họ tự làm việc với nhau, mình chỉ gửi một tin nhắn.',
  'practice.network-as-resource.2.a.why':
    'Khiêm tốn là tốt, nhưng không đúng sự thật. Không có tin nhắn ấy thì hai người không gặp nhau. Bài học nói rõ: giới thiệu mà đưa tới kết quả tốt là một đóng góp đáng kể.',
  'practice.network-as-resource.2.b': 'Mình nên được chia phần trăm hợp đồng.',
  'practice.network-as-resource.2.b.why':
    'Biến lời giới thiệu thành chuyện mua bán làm người ta ngần ngại nhờ bạn lần sau. Sự ghi nhận đến từ lòng tin và uy tín, không từ một khoản phí đòi sau.',
  'practice.network-as-resource.2.c':
    'Đó là một đóng góp thật; nên hỏi thăm hai bên xem mọi việc thế nào, và ghi lại vào nhật ký giới thiệu.',
  'practice.network-as-resource.2.c.why':
    'Đúng. Vai trò của bạn đáng được ghi nhận, và việc hỏi thăm sau đó giữ cho cả hai quan hệ ấm lên. Ghi lại giúp bạn thấy mình đã nối được những ai.',

  'practice.where-networks-grow.1.prompt':
    'Bạn muốn chuyển sang ngành logistics. Nhóm Zalo của lớp 12 cũ có bốn mươi người, phần lớn lâu rồi không nói chuyện. Cách nào dễ đem lại tin tức mới nhất?',
  'practice.where-networks-grow.1.a':
    'Nhắn một tin ngắn, rõ ràng vào nhóm lớp: bạn đang tìm vị trí gì, ai biết ai trong ngành thì chỉ giúp.',
  'practice.where-networks-grow.1.a.why':
    'Đúng. Bạn cũ ít gặp là quan hệ yếu: họ đi trong những vòng khác, nên hay biết những tin bạn chưa biết. Một lời nhờ cụ thể giúp họ dễ nghĩ ra đúng người.',
  'practice.where-networks-grow.1.b': 'Chỉ hỏi ba người bạn thân nhất.',
  'practice.where-networks-grow.1.b.why':
    'Bạn thân sẽ hết lòng giúp, nhưng họ thường quen cùng những người bạn quen và biết cùng những điều bạn biết. Tin mới thường đến từ vòng ngoài.',
  'practice.where-networks-grow.1.c':
    'Gửi lời mời kết nối cho năm trăm người lạ trong ngành trên LinkedIn.',
  'practice.where-networks-grow.1.c.why':
    'Một kết nối trực tuyến mới là một khả năng, chưa phải quan hệ. Năm trăm lời mời không kèm lý do ít khi thành một cuộc trò chuyện.',

  'practice.where-networks-grow.2.prompt':
    'Bản đồ của bạn có 12 người ở hai vòng trong và hơn 200 người quen sơ. Cách hiểu nào hợp với các tầng Dunbar?',
  'practice.where-networks-grow.2.a': 'Bạn nên cắt bớt cho đủ 150 người, đúng “con số Dunbar”.',
  'practice.where-networks-grow.2.a.why':
    'Con số 150 còn bị tranh cãi, và các tầng chỉ là hình dung gần đúng. Không có chỉ tiêu nào buộc bạn cắt bớt người quen.',
  'practice.where-networks-grow.2.b':
    'Các tầng chỉ là hình dung gần đúng; điều đáng xem là bạn có cả quan hệ mạnh lẫn quan hệ yếu, và chúng đến từ đâu.',
  'practice.where-networks-grow.2.b.why':
    'Đúng. Số người ở mỗi tầng khác nhau giữa từng người. Hình dạng của mạng lưới, và hướng nó đang lớn lên, nói với bạn nhiều hơn một con số.',
  'practice.where-networks-grow.2.c': '12 người thân là quá ít: bạn đang sống khép kín.',
  'practice.where-networks-grow.2.c.why':
    'Tầng trong cùng của nhiều người chỉ khoảng năm người, tầng kế khoảng mười lăm. Mười hai người thân thiết không có gì bất thường.',

  'practice.needs-without-manipulation.1.prompt':
    'Em họ nhờ bạn “nói giúp một tiếng” với một người bạn đang ngồi hội đồng tuyển dụng của một công ty, cho một vị trí mà em chưa đủ điều kiện. Bạn làm gì?',
  'practice.needs-without-manipulation.1.a': 'Gọi cho bạn mình, nhờ “ưu tiên” em họ một chút.',
  'practice.needs-without-manipulation.1.a.why':
    'Đó là đi cửa sau: nhờ người quyết định nghiêng cán cân vì tình thân, không vì năng lực. Bạn đặt bạn mình vào thế khó và làm thiệt những ứng viên khác.',
  'practice.needs-without-manipulation.1.b': 'Từ chối thẳng, và không giúp gì thêm.',
  'practice.needs-without-manipulation.1.b.why':
    'Không nhờ vả sai là đúng, nhưng bạn vẫn còn cách giúp em một cách đàng hoàng. Từ chối hẳn bỏ qua phần đó.',
  'practice.needs-without-manipulation.1.c':
    'Nói rõ bạn không xin ưu tiên được, nhưng có thể giới thiệu em với một người trong ngành để hỏi vị trí ấy cần gì.',
  'practice.needs-without-manipulation.1.c.why':
    'Đúng. Bạn đáp ứng nhu cầu thật của em (hiểu ngành, chuẩn bị tốt hơn) mà không thao túng ai. Người được giới thiệu biết rõ mình được nhờ việc gì và có thể từ chối.',

  'practice.needs-without-manipulation.2.prompt':
    'Điều gì phân biệt một lời giới thiệu thật lòng với chuyện đi cửa sau?',
  'practice.needs-without-manipulation.2.a': 'Có tiền trao tay hay không.',
  'practice.needs-without-manipulation.2.a.why':
    'Không cần tiền vẫn có thể là đi cửa sau: một cuộc điện thoại xin “châm chước” cũng đủ. Ranh giới nằm ở chỗ khác.',
  'practice.needs-without-manipulation.2.b':
    'Mọi điều được nói công khai, mỗi bên được tự do từ chối, và người quyết định vẫn quyết theo năng lực.',
  'practice.needs-without-manipulation.2.b.why':
    'Đúng. Lời giới thiệu thật lòng mở ra một cuộc gặp; nó không hứa trước kết quả, không giấu điều gì, và không xin ai bỏ qua tiêu chuẩn.',
  'practice.needs-without-manipulation.2.c': 'Hai người có họ hàng với nhau hay không.',
  'practice.needs-without-manipulation.2.c.why':
    'Giới thiệu người thân không tự nó là sai, miễn bạn nói rõ quan hệ và không xin ưu ái. Người lạ cũng có thể được “đi cửa sau”.',

  'practice.needs-without-manipulation.3.prompt':
    'Một cô trong hội đồng hương nhờ bạn viết thư giới thiệu cho con gái cô, người bạn mới gặp hai lần. Bạn làm gì?',
  'practice.needs-without-manipulation.3.a':
    'Viết trung thực những gì bạn biết (đã gặp hai lần, thấy gì), và gợi ý một người hiểu việc của em hơn.',
  'practice.needs-without-manipulation.3.a.why':
    'Đúng. Người đọc thư tin bạn vì bạn không nói quá. Bạn vẫn giúp được, và chỉ đường tới người có thể nói chắc hơn.',
  'practice.needs-without-manipulation.3.b': 'Viết thật hay, vì là người cùng quê.',
  'practice.needs-without-manipulation.3.b.why':
    'Khen quá điều mình biết là đánh lừa người đọc, và làm mòn uy tín của chính bạn cho những lần giới thiệu sau.',
  'practice.needs-without-manipulation.3.c': 'Từ chối, vì viết thư giới thiệu là thiên vị.',
  'practice.needs-without-manipulation.3.c.why':
    'Một lời chứng thật lòng không phải thiên vị. Từ chối hẳn khiến em mất một cơ hội mà bạn có thể giúp một cách đàng hoàng.',

  'practice.social-media-with-focus.1.prompt':
    'Tối nào bạn cũng lướt Facebook bốn mươi phút và thấy chẳng được gì. Bước đầu tiên nào hợp với tinh thần “dùng có trọng tâm”?',
  'practice.social-media-with-focus.1.a': 'Xoá hết tài khoản mạng xã hội.',
  'practice.social-media-with-focus.1.a.why':
    'Bạn lấy lại thời gian nhưng mất luôn tầm với: những người có thể tìm tới bạn, và những góc nhìn bạn không gặp ở nơi khác.',
  'practice.social-media-with-focus.1.b':
    'Viết ra mình dùng mạng xã hội để làm gì, chọn một hai kênh, đặt số phút mỗi tuần và một việc giúp người khác.',
  'practice.social-media-with-focus.1.b.why':
    'Đúng. Đây chính là kế hoạch năm dòng của bài học: mục đích, kênh, thời gian, việc giúp người, và ngày nhìn lại.',
  'practice.social-media-with-focus.1.c': 'Đăng bài nhiều hơn để có thêm người theo dõi.',
  'practice.social-media-with-focus.1.c.why':
    'Ảnh hưởng không đo bằng số người theo dõi. Đăng nhiều mà không có mục đích chỉ tốn thêm thời gian.',

  'practice.social-media-with-focus.2.prompt':
    'Việc nào là một “việc giúp người khác mỗi tuần” đúng nghĩa?',
  'practice.social-media-with-focus.2.a': 'Bấm thích năm mươi bài đăng của bạn bè.',
  'practice.social-media-with-focus.2.a.why':
    'Một lượt thích là sự chú ý, chưa phải sự giúp đỡ. Nó không giải quyết được vấn đề của ai.',
  'practice.social-media-with-focus.2.b': 'Chia sẻ lại một bài đang được nhiều người xem.',
  'practice.social-media-with-focus.2.b.why':
    'Bài ấy đã đến với rất nhiều người. Thêm một lượt chia sẻ hiếm khi giúp được ai cụ thể.',
  'practice.social-media-with-focus.2.c':
    'Trả lời một câu hỏi trong nhóm nghề nghiệp mà bạn thật sự hiểu, hoặc chỉ một người tới đúng người có thể giúp họ.',
  'practice.social-media-with-focus.2.c.why':
    'Đúng. Việc nhỏ, cụ thể, dùng đúng điều bạn biết và người bạn quen: đó là cách mạng xã hội giúp người khác tìm được lời giải.',

  'practice.share-with-care.1.prompt':
    'Đi chúc Tết nhà chú, một bác hàng xóm biết bạn quen trưởng khoa ở một bệnh viện và xin số điện thoại của chị ấy “để hỏi việc cho thằng con”. Bạn làm gì?',
  'practice.share-with-care.1.a':
    'Nói bạn sẽ hỏi chị ấy trước xem có tiện không, rồi báo lại cho bác.',
  'practice.share-with-care.1.a.why':
    'Đúng. Đó là giới thiệu hai chiều đồng ý: người bận rộn được quyền chọn, và bác vẫn có câu trả lời rõ ràng.',
  'practice.share-with-care.1.b': 'Đưa số ngay cho vui, ngày Tết mà.',
  'practice.share-with-care.1.b.why':
    'Chị ấy chưa được hỏi. Có người coi sự riêng tư là trên hết; một cuộc gọi bất ngờ có thể làm chị khó chịu với cả bạn.',
  'practice.share-with-care.1.c': 'Từ chối thẳng: bạn không bao giờ cho số người khác.',
  'practice.share-with-care.1.c.why':
    'Giữ khư khư mạng lưới cũng có giá: bạn dần thành người gác cổng. Hỏi ý người kia trước là đủ để vừa cẩn trọng vừa giúp được.',

  'practice.share-with-care.2.prompt':
    'Một đồng nghiệp bạn giới thiệu cho khách hàng nay làm việc thẳng với họ và không còn nhắc tới bạn. Nên nghĩ thế nào?',
  'practice.share-with-care.2.a': 'Từ nay không giới thiệu ai nữa.',
  'practice.share-with-care.2.a.why':
    'Một người quên ơn không đáng để bạn đóng cả mạng lưới lại. Cái giá của việc khép kín thường lớn hơn.',
  'practice.share-with-care.2.b':
    'Chấp nhận rủi ro ấy: tiếng là người hay kết nối vẫn đến với nhiều người. Lần sau, nhìn kỹ cách người kia đối xử với người khác.',
  'practice.share-with-care.2.b.why':
    'Đúng. Bị bỏ qua là rủi ro đã biết trước, đáng chấp nhận khi việc chia sẻ làm ảnh hưởng của bạn lan rộng. Kinh nghiệm này giúp bạn cân nhắc kỹ hơn lần sau.',
  'practice.share-with-care.2.c': 'Nói với khách hàng rằng người đồng nghiệp kia không đáng tin.',
  'practice.share-with-care.2.c.why':
    'Trả đũa làm hỏng lòng tin của khách hàng với cả bạn, và chẳng lấy lại được gì.',

  'practice.share-with-care.3.prompt':
    'Một người bạn từng dặn bạn đừng giới thiệu cô ấy với ai vì cô rất giữ sự riêng tư. Nay một nhà tuyển dụng hỏi bạn có biết ai giống cô ấy không. Bạn làm gì?',
  'practice.share-with-care.3.a': 'Giới thiệu luôn: cơ hội tốt thì cô ấy sẽ vui.',
  'practice.share-with-care.3.a.why':
    'Cô ấy đã nói rõ ý mình. Tự quyết thay người khác, dù có ý tốt, là coi nhẹ lời dặn ấy.',
  'practice.share-with-care.3.b': 'Gửi đường dẫn LinkedIn của cô cho nhà tuyển dụng mà không báo.',
  'practice.share-with-care.3.b.why':
    'Vẫn là giới thiệu, chỉ là lén lút hơn. Nếu cô biết chuyện, lòng tin giữa hai người sẽ sứt mẻ.',
  'practice.share-with-care.3.c':
    'Tôn trọng lời dặn: không nêu tên cô với nhà tuyển dụng; nếu thấy cơ hội thật hợp, hỏi riêng cô trước.',
  'practice.share-with-care.3.c.why':
    'Đúng. Sự riêng tư của cô được giữ, và quyền quyết định vẫn ở cô. Nhà tuyển dụng không biết gì cho tới khi cô đồng ý.',
} as const;
