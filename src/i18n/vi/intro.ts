/** The introduction weigher and its page (Vietnamese). */
export const intro = {
  'nav.introductions': 'Giới thiệu người quen',
  'intro.page.title': 'Có nên giới thiệu họ với nhau?',
  'intro.page.lead':
    'Cân nhắc một lời giới thiệu trước khi làm: mỗi người muốn gì, bạn sẽ chia sẻ điều gì, rủi ro nằm ở đâu. Sau đó ghi lại những lời giới thiệu bạn đã làm và theo dõi kết quả.',
  'intro.weigher.heading': 'Có nên giới thiệu không?',
  'intro.weigher.lead':
    'Trả lời những gì bạn biết; điều chưa rõ cứ để “Chưa rõ”. Gợi ý sẽ hiện ngay khi bạn chọn đủ hai người.',

  'intro.suggest.heading': 'Gợi ý từ bản đồ của bạn',
  'intro.suggest.lead':
    'Những cặp người đều sẵn lòng được giới thiệu, ở hai bối cảnh khác nhau, chưa quen nhau và có điều để nói với nhau. Chọn một cặp để cân nhắc.',
  'intro.suggest.none':
    'Bản đồ của bạn chưa có cặp nào để gợi ý. Một cặp cần hai người đều sẵn lòng được giới thiệu, ở hai bối cảnh khác nhau, chưa quen nhau, và người này biết về điều người kia đang cần.',
  'intro.suggest.needPeople':
    'Khi bản đồ của bạn có từ hai người trở lên, các cặp đáng cân nhắc sẽ hiện ở đây. Hãy thêm người ở trang bản đồ, hoặc xem thử mạng lưới mẫu.',
  'intro.suggest.pair': '{a} và {b}',
  'intro.suggest.topics': 'Điểm chung: {topics}',
  'intro.suggest.loaded': 'Đã chọn {a} và {b}. Hãy trả lời các câu hỏi bên dưới.',

  'intro.people.legend': 'Hai người bạn định giới thiệu',
  'intro.side.a': 'Người thứ nhất',
  'intro.side.b': 'Người thứ hai',
  'intro.sideInline.a': 'người thứ nhất',
  'intro.sideInline.b': 'người thứ hai',
  'intro.pick.search': 'Tìm trên bản đồ',
  'intro.pick.choose': 'Chọn người',
  'intro.pick.placeholder': '— Chọn một người —',
  'intro.pick.typed': 'Một người không có trên bản đồ…',
  'intro.pick.name': 'Tên người ấy',
  'intro.pick.noMatch': 'Không có ai trên bản đồ khớp với “{query}”.',
  'intro.pick.matches': 'Có {count} người khớp.',
  'intro.pick.emptyMap':
    'Bản đồ mạng lưới của bạn chưa có ai. Hãy gõ tên người ấy, hoặc thêm người vào bản đồ trước.',
  'intro.pick.removed': 'Người này không còn trên bản đồ. Hãy chọn lại.',
  'intro.pick.same': 'Hãy chọn hai người khác nhau.',

  'intro.preference.legend': 'Mong muốn của {name}',
  'intro.preference.onMap': 'Trên bản đồ của bạn: {preference}.',
  'intro.preference.mapHint': 'Điều này lấy từ bản đồ; muốn đổi, hãy sửa trên bản đồ.',
  'intro.preference.typedLegend': '{name} nghĩ sao về việc được giới thiệu?',
  'intro.preference.open': 'Sẵn lòng được giới thiệu',
  'intro.preference.ask': 'Cần hỏi trước',
  'intro.preference.no': 'Đừng giới thiệu tôi',
  'intro.preference.explain':
    'Có người coi sự riêng tư là trên hết. Mong muốn “đừng giới thiệu tôi” luôn được tôn trọng, dù mọi điều khác thuận lợi đến đâu.',
  'intro.consent.legend': 'Bạn đã hỏi {name} về lời giới thiệu này chưa?',
  'intro.consent.not-asked': 'Chưa hỏi',
  'intro.consent.asked': 'Đã hỏi, đang chờ trả lời',
  'intro.consent.yes': 'Đã đồng ý',
  'intro.consent.no': 'Đã từ chối',

  'intro.purpose.label': 'Vì sao bạn muốn giới thiệu hai người này?',
  'intro.purpose.hint': 'Một hai câu là đủ. Câu này sẽ được đưa vào các tin nhắn mẫu.',
  'intro.asker.legend': 'Lời giới thiệu này là ý của ai?',
  'intro.asker.reader': 'Ý của tôi',
  'intro.asker.side': '{name} nhờ tôi',
  'intro.explainSummary': 'Vì sao điều này quan trọng?',
  'intro.factors.heading': 'Cân nhắc',
  'intro.notSure': 'Chưa rõ',

  'intro.factor.sensitivity.legend': 'Điều bạn sẽ chia sẻ nhạy cảm tới đâu?',
  'intro.factor.sensitivity.explain':
    'Giới thiệu là trao cho người khác tên, cách liên lạc, đôi khi cả hoàn cảnh riêng của một người. Càng nhạy cảm, bạn càng cần chắc chắn.',
  'intro.sensitivity.low': 'Không nhạy cảm',
  'intro.sensitivity.medium': 'Hơi nhạy cảm',
  'intro.sensitivity.high': 'Rất nhạy cảm',
  'intro.factor.trust.legend': 'Bạn tin {name} tới đâu?',
  'intro.factor.trust.explain':
    'Khi giới thiệu, bạn đứng ra bảo đảm cho cả hai bên. Nếu chưa đủ tin một người, đừng đặt uy tín của mình và người kia vào tay họ.',
  'intro.factor.trust.fromMap': 'Điền sẵn từ bản đồ; bạn có thể đổi ở đây.',
  'intro.factor.reciprocity.legend': 'Trước đây, khi được bạn giúp, {name} đã làm gì?',
  'intro.factor.reciprocity.explain':
    'Có người nhận các mối quen bạn trao rồi biến mất, chẳng một lời cảm ơn. Người từng ghi nhận hoặc giúp lại là dấu hiệu tốt.',
  'intro.factor.reciprocity.lesson': 'Đọc thêm: bài “Chia sẻ một cách cẩn trọng”',
  'intro.factor.reciprocity.notApplicable':
    'Không cần trả lời: đây là ý của bạn, không ai nhờ bạn cả.',
  'intro.reciprocity.returned': 'Ghi nhận hoặc giúp lại',
  'intro.reciprocity.took-quiet': 'Nhận rồi im lặng',
  'intro.factor.bypassRisk.legend': 'Hai người có dễ làm việc thẳng với nhau rồi gạt bạn ra?',
  'intro.factor.bypassRisk.explain':
    'Một lời giới thiệu tốt có thể khiến bạn bị bỏ ngoài những gì diễn ra sau đó. Rủi ro ấy đáng chấp nhận nếu nó mở rộng ảnh hưởng của bạn, nhưng nên biết trước.',
  'intro.bypassRisk.low': 'Khó xảy ra',
  'intro.bypassRisk.medium': 'Có thể',
  'intro.bypassRisk.high': 'Rất dễ',
  'intro.factor.benefit.legend': '{name} được gì từ cuộc gặp này?',
  'intro.factor.benefit.explain':
    'Một lời giới thiệu không giúp được ai vẫn lấy mất thời gian của cả hai người.',
  'intro.benefit.none': 'Không được gì',
  'intro.benefit.some': 'Được phần nào',
  'intro.benefit.much': 'Được nhiều',
  'intro.factor.benefitReader.legend': 'Còn bạn được gì: ảnh hưởng, thiện chí, sự ghi nhận?',
  'intro.factor.benefitReader.explain':
    'Khi lời giới thiệu mang lại kết quả tốt, vai trò của bạn được ghi nhận. Mong được điều gì cho mình không có gì đáng ngại.',
  'intro.factor.sharedContext.legend': 'Hai người có chung một bối cảnh không?',
  'intro.factor.sharedContext.explain':
    'Cùng nơi làm, cùng hội nghề, cùng trường… Điểm chung giúp câu chuyện dễ bắt đầu. Không có điểm chung thì lời giới thiệu của bạn nối hai thế giới, điều đó cũng có giá trị.',
  'intro.factor.sharedContext.fromMap': 'Điền sẵn từ bản đồ.',
  'intro.sharedContext.yes': 'Có',
  'intro.sharedContext.no': 'Không',

  'intro.factorName.preference': 'Mong muốn của {name}',
  'intro.factorName.trust': 'Mức tin tưởng dành cho {name}',
  'intro.factorName.benefit': 'Lợi ích cho {name}',
  'intro.factorName.sensitivity': 'Độ nhạy cảm',
  'intro.factorName.reciprocity': 'Có đi có lại',
  'intro.factorName.bypassRisk': 'Nguy cơ bị gạt ra',
  'intro.factorName.benefitReader': 'Lợi ích cho bạn',
  'intro.factorName.sharedContext': 'Bối cảnh chung',
  'intro.willingness.said-no': 'đã từ chối',
  'intro.willingness.no': 'đừng giới thiệu tôi',
  'intro.willingness.said-yes': 'đã đồng ý',
  'intro.willingness.open': 'sẵn lòng',
  'intro.willingness.ask': 'cần hỏi trước',

  'intro.verdict.heading': 'Gợi ý',
  'intro.verdict.incomplete': 'Chọn đủ hai người để xem gợi ý.',
  'intro.verdict.double-opt-in': 'Cứ giới thiệu, sau khi hỏi ý cả hai',
  'intro.verdict.double-opt-in.body':
    'Hỏi riêng từng người xem họ có muốn được giới thiệu không. Chỉ giới thiệu khi cả hai đã đồng ý.',
  'intro.verdict.both-yes.body': 'Cả hai đã đồng ý. Bạn có thể gửi lời giới thiệu.',
  'intro.verdict.ask-first': 'Hỏi {name} trước',
  'intro.verdict.ask-first.body':
    'Hỏi {name} xem có muốn lời giới thiệu này không, trước khi nói gì với {other}.',
  'intro.verdict.do-not': 'Đừng giới thiệu',
  'intro.verdict.do-not.body': 'Ít nhất là lúc này. Lý do chính nằm ngay bên dưới.',
  'intro.verdict.do-not.rule':
    'Mong muốn “đừng giới thiệu tôi” và một lời từ chối luôn thắng, dù mọi điều khác thuận lợi đến đâu.',
  'intro.verdict.confidence.high': 'Gợi ý dựa trên gần như mọi câu trả lời.',
  'intro.verdict.confidence.medium': 'Còn vài câu chưa trả lời, nên gợi ý có thể thay đổi.',
  'intro.verdict.confidence.low': 'Còn quá nhiều điều chưa rõ: hãy coi đây là gợi ý tạm.',
  'intro.verdict.why': 'Vì sao',
  'intro.verdict.for': 'Điều ủng hộ',
  'intro.verdict.against': 'Điều cản trở',
  'intro.verdict.announce': 'Gợi ý mới: {verdict}',
  'intro.verdict.decision': 'Đây chỉ là gợi ý. Quyết định vẫn là của bạn.',

  'intro.reason.preference-no':
    '{name} không muốn được giới thiệu (“đừng giới thiệu tôi”). Điều này luôn thắng: đừng chuyển tên hay thông tin của {name} cho ai.',
  'intro.reason.consent-no':
    '{name} đã từ chối lời giới thiệu này. Hãy tôn trọng điều đó và đừng hỏi lại.',
  'intro.reason.preference-conflict':
    '{name} đã đồng ý lần này, nhưng bản đồ vẫn ghi “đừng giới thiệu tôi”. Điều ghi trên bản đồ vẫn được tính cho đến khi bạn sửa: hãy hỏi lại {name} cho chắc rồi cập nhật bản đồ.',
  'intro.reason.sensitive-low-trust':
    'Điều bạn sẽ chia sẻ rất nhạy cảm, mà bạn chỉ tin {name} ở mức {trust} trên 5. Đừng trao điều nhạy cảm cho người bạn chưa đủ tin.',
  'intro.reason.sensitive-unknown-trust':
    'Điều bạn sẽ chia sẻ rất nhạy cảm, và bạn chưa cho biết mình tin {name} tới đâu.',
  'intro.reason.ask-preference-not-asked': '{name} cần được hỏi trước, và bạn chưa hỏi.',
  'intro.reason.awaiting-answer': 'Bạn đã hỏi {name} và đang chờ trả lời.',
  'intro.reason.too-little-information':
    'Còn quá nhiều điều chưa rõ: mới có {known}% những gì cần cân nhắc được trả lời, trong khi cần ít nhất {needed}% mới nên khuyên làm ngay.',
  'intro.reason.both-consented': 'Cả hai đã đồng ý, nên không còn ai phải hỏi nữa.',
  'intro.reason.missing-information': 'Chưa trả lời: {factors}.',
  'intro.reason.score-high': 'Cân nhắc mọi mặt, lý do ủng hộ vượt hẳn lý do cản trở.',
  'intro.reason.score-mixed':
    'Lý do ủng hộ và lý do cản trở còn khá ngang nhau, nên hãy đi từng bước.',
  'intro.reason.score-low': 'Cân nhắc mọi mặt, lý do cản trở nặng hơn lý do ủng hộ.',

  'intro.why.preference.said-yes': '{name} đã đồng ý với lời giới thiệu này.',
  'intro.why.preference.open': '{name} sẵn lòng được giới thiệu.',
  'intro.why.preference.ask': '{name} cần được hỏi trước.',
  'intro.why.preference.no': '{name} không muốn được giới thiệu.',
  'intro.why.preference.said-no': '{name} đã từ chối lời giới thiệu này.',
  'intro.why.sensitivity.low': 'Điều bạn sẽ chia sẻ không nhạy cảm.',
  'intro.why.sensitivity.medium': 'Điều bạn sẽ chia sẻ hơi nhạy cảm.',
  'intro.why.sensitivity.high': 'Điều bạn sẽ chia sẻ rất nhạy cảm.',
  'intro.why.trust': 'Bạn tin {name} ở mức {trust} trên 5.',
  'intro.why.reciprocity.returned': '{name} từng ghi nhận hoặc giúp lại khi được bạn giúp.',
  'intro.why.reciprocity.took-quiet': '{name} từng nhận các mối quen của bạn rồi im lặng.',
  'intro.why.bypassRisk.low': 'Khó có chuyện bạn bị gạt ra sau đó.',
  'intro.why.bypassRisk.medium': 'Có thể bạn sẽ bị gạt ra sau đó.',
  'intro.why.bypassRisk.high': 'Rất dễ bạn bị gạt ra sau đó.',
  'intro.why.benefit.none': '{name} không được gì từ cuộc gặp này.',
  'intro.why.benefit.some': '{name} được lợi phần nào.',
  'intro.why.benefit.much': '{name} được lợi nhiều.',
  'intro.why.benefitReader.none': 'Bạn không được gì từ lời giới thiệu này.',
  'intro.why.benefitReader.some': 'Bạn được phần nào: thiện chí, ảnh hưởng.',
  'intro.why.benefitReader.much': 'Bạn được nhiều: ảnh hưởng, thiện chí, sự ghi nhận.',
  'intro.why.sharedContext.yes': 'Hai người có chung một bối cảnh, nên dễ bắt chuyện.',
  'intro.why.sharedContext.no': 'Hai người không có bối cảnh chung.',

  'intro.working.summary': 'Xem cách tính',
  'intro.working.caption': 'Mỗi yếu tố góp bao nhiêu điểm',
  'intro.working.factor': 'Yếu tố',
  'intro.working.answer': 'Câu trả lời',
  'intro.working.weight': 'Trọng số',
  'intro.working.points': 'Điểm',
  'intro.working.notAnswered': 'chưa trả lời',
  'intro.working.notApplicable': 'không áp dụng',
  'intro.working.total':
    'Tổng: {score} điểm. Từ {goAt} trở lên: cứ giới thiệu, sau khi hỏi ý cả hai. Dưới {stopBelow}: đừng giới thiệu. Ở giữa: hỏi một bên trước.',
  'intro.working.rules':
    'Các quy tắc cứng được xét trước khi tính điểm: “đừng giới thiệu tôi” hay một lời từ chối luôn dừng lại, dù điểm cao đến đâu.',

  'intro.weights.summary': 'Điều chỉnh trọng số',
  'intro.weights.lead':
    'Trọng số quyết định mỗi yếu tố nặng nhẹ ra sao: 0 là bỏ qua, 1 là bình thường, 3 là nặng gấp ba. Không trọng số nào vượt qua được mong muốn “đừng giới thiệu tôi”.',
  'intro.weights.factors': 'Các yếu tố',
  'intro.weights.thresholds': 'Các ngưỡng',
  'intro.weights.goAt': 'Từ mức điểm này trở lên thì cứ giới thiệu',
  'intro.weights.stopBelow': 'Dưới mức điểm này thì đừng giới thiệu',
  'intro.weights.lowTrustMax':
    'Không chia sẻ điều rất nhạy cảm với người bạn tin ở mức này trở xuống',
  'intro.weights.minKnownShare': 'Phải trả lời ít nhất chừng này trước khi được khuyên làm ngay',
  'intro.weights.percent': '{value}%',
  'intro.weights.reset': 'Trở về mặc định',
  'intro.weights.resetDone': 'Đã đưa mọi trọng số về mặc định.',

  'intro.drafts.heading': 'Tin nhắn mẫu',
  'intro.drafts.lead':
    'Hỏi ý riêng từng người trước, rồi mới gửi lời giới thiệu. Hãy sửa lại cho đúng giọng của bạn.',
  'intro.drafts.hidden':
    'Không có tin nhắn mẫu, vì gợi ý là đừng giới thiệu. Đừng chuyển tên hay thông tin của ai.',
  'intro.drafts.details': 'Chi tiết cho tin nhắn',
  'intro.drafts.readerName': 'Tên bạn, để ký cuối tin',
  'intro.drafts.description': 'Mô tả ngắn về {name}',
  'intro.drafts.descriptionHint':
    'Không bắt buộc. Ví dụ: “thiết kế sản phẩm ở Hà Nội”. Dùng khi chưa thể nêu tên.',
  'intro.drafts.address': 'Xưng hô với {name}',
  'intro.drafts.askTo': 'Hỏi ý {name}',
  'intro.drafts.introduction': 'Lời giới thiệu, gửi cả hai người',
  'intro.drafts.subject': 'Tiêu đề: {subject}',
  'intro.drafts.copy': 'Sao chép tin nhắn',
  'intro.drafts.copySubject': 'Sao chép tiêu đề',
  'intro.drafts.copied': 'Đã sao chép: {what}.',
  'intro.drafts.copyFallback':
    'Không tự sao chép được. Văn bản đã được chọn sẵn: hãy nhấn Ctrl+C (hoặc ⌘C).',
  'intro.drafts.anonymous': 'Tin này chưa nêu tên {other}, vì {other} cần được hỏi trước.',
  'intro.drafts.warning.purpose-names-other':
    'Lý do bạn viết có nhắc tên {other}. Hãy bỏ tên đi trước khi gửi.',
  'intro.drafts.warning.description-names-other':
    'Phần mô tả {other} có chứa tên của họ. Hãy bỏ tên đi trước khi gửi.',

  'intro.log.button': 'Ghi vào nhật ký giới thiệu',
  'intro.log.done': 'Đã ghi lời giới thiệu này vào nhật ký.',
  'intro.log.doneOnPage':
    'Đã ghi vào nhật ký bên dưới. Hãy thêm ngày hỏi thăm kết quả và ghi chú nếu cần.',
  'intro.log.open': 'Mở nhật ký giới thiệu',
  'intro.clear': 'Xoá các câu trả lời',
  'intro.cleared': 'Đã xoá các câu trả lời.',
  'intro.undo': 'Hoàn tác',
  'intro.restored': 'Đã khôi phục các câu trả lời.',

  'intro.askWhy.awaiting-answer': 'Bạn đã hỏi {name} và đang chờ trả lời.',
  'intro.askWhy.other-agreed': '{other} đã đồng ý, chỉ còn chờ {name}.',
  'intro.askWhy.wants-asking-first': '{name} cần được hỏi trước.',
  'intro.askWhy.trust-unknown-sensitive':
    'Điều sẽ chia sẻ rất nhạy cảm, và bạn chưa biết mình tin {name} tới đâu.',
  'intro.askWhy.other-asked':
    '{other} là người nhờ, nên {name}, người bỏ thời gian ra, được quyết định trước.',
  'intro.askWhy.trusted-less': 'Bạn tin {name} ít hơn {other}.',
  'intro.askWhy.first-named': 'Hai bên ngang nhau, nên cứ bắt đầu với người thứ nhất.',
  'intro.consent.since': 'Từ ngày {date}',
  'intro.address.option': 'gọi “{you}”, xưng “{me}”',
  'intro.drafts.format': 'Dạng tin nhắn',
  'intro.drafts.email': 'Email',
  'intro.drafts.chat': 'Tin nhắn ngắn (Zalo, Messenger)',
  'intro.drafts.locked': 'Chỉ gửi tin này khi cả hai đã đồng ý.',
  'intro.drafts.declined.heading': 'Khép lại lời giới thiệu',
  'intro.drafts.declined.lead':
    '{name} đã từ chối, nên lời giới thiệu dừng ở đây. Một lời cảm ơn nhẹ nhàng giúp giữ mối quan hệ.',
  'intro.drafts.closingTo': 'Gửi {name}',
  'intro.drafts.closingOther': 'Không cần nói ai đã từ chối.',
} as const;
