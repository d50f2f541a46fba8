/** The network map exercise: its page, the map, the list, the insights (Vietnamese). */
export const map = {
  'nav.map': 'Bản đồ',
  'map.page.title': 'Bản đồ mạng lưới của bạn',
  'map.page.description':
    'Vẽ những người bạn quen quanh chính mình, xem mạng lưới lớn cỡ nào, lớn lên ra sao, đa dạng đến đâu và bạn đang là cầu nối giữa những nhóm nào.',
  'map.page.lead':
    'Đặt những người bạn quen quanh chính bạn: càng gần tâm càng thân thiết, mỗi góc là một nơi bạn quen họ. Nối những người đã biết nhau để thấy bạn đang là cầu nối giữa những nhóm nào. Mọi thứ bạn nhập chỉ lưu trong trình duyệt này.',
  'map.page.privacy':
    'Bạn có thể chỉ ghi tên gọi hoặc biệt danh. Bản đồ để bạn tự nhìn lại, không gửi cho ai.',
  'map.loading': 'Đang mở bản đồ của bạn…',
  'map.openFull': 'Mở bản đồ trên một trang riêng, rộng hơn',
  'map.you': 'Bạn',

  'map.section.map': 'Bản đồ',
  'map.section.list': 'Danh sách mọi người',
  'map.section.insights': 'Bản đồ cho bạn thấy gì',
  'map.insight.empty':
    'Hãy thêm người vào bản đồ, các con số sẽ hiện ở đây: bạn quen bao nhiêu người, họ trải qua những nơi bạn quen biết ra sao, bạn là cầu nối giữa những nhóm nào và có thể giới thiệu ai với ai.',

  'map.preference.open': 'Sẵn lòng',
  'map.preference.ask': 'Cần hỏi trước',
  'map.preference.no': 'Đừng giới thiệu',
  'map.preferenceLong.open': 'Sẵn lòng được giới thiệu',
  'map.preferenceLong.ask': 'Cần hỏi họ trước',
  'map.preferenceLong.no': 'Không muốn được giới thiệu',

  'map.strength.weak': 'yếu',
  'map.strength.strong': 'mạnh',

  'map.field.name': 'Tên',
  'map.field.context': 'Bối cảnh',
  'map.field.contexts': 'Bạn quen họ qua đâu',
  'map.field.mainContext': 'Bối cảnh chính',
  'map.field.ring': 'Vòng thân thiết',
  'map.field.trust': 'Mức tin cậy',
  'map.field.knowsAbout': 'Họ am hiểu về',
  'map.field.learnFrom': 'Bạn học từ họ về',
  'map.field.needs': 'Họ đang cần',
  'map.field.company': 'Công ty hoặc tổ chức',
  'map.field.position': 'Vị trí, chức danh',
  'map.field.metWhere': 'Gặp nhau ở đâu',
  'map.field.since': 'Quen từ khi nào',
  'map.field.preference': 'Về việc được giới thiệu',
  'map.field.notes': 'Ghi chú riêng',

  'map.quickAdd.title': 'Thêm một người',
  'map.quickAdd.name': 'Tên hoặc biệt danh',
  'map.quickAdd.add': 'Thêm',
  'map.quickAdd.hint': 'Gõ tên rồi nhấn Enter. Bạn có thể bổ sung chi tiết sau.',
  'map.quickAdd.nameRequired': 'Hãy nhập một cái tên.',

  'map.announce.added': 'Đã thêm {name} vào bản đồ.',
  'map.announce.moved': '{name} giờ ở {ring}, {context}.',
  'map.announce.selected': 'Đã chọn {name}.',
  'map.announce.unselected': 'Đã bỏ chọn {name}.',
  'map.announce.tied': 'Đã nối {a} với {b}: quan hệ {strength}.',
  'map.announce.untied': 'Đã bỏ mối nối giữa {a} và {b}.',

  'map.undo.deleted': 'Đã xoá {name}{ties, plural, =0 {} other { cùng # mối quan hệ}}.',
  'map.undo.button': 'Hoàn tác: khôi phục {name}',
  'map.undo.restored': 'Đã khôi phục {name}.',

  'map.filter.title': 'Lọc',
  'map.filter.all': 'Tất cả',
  'map.filter.topic': 'Chủ đề',
  'map.filter.clear': 'Bỏ lọc',

  'map.summary.people':
    '{count, plural, other {# người}}: {inner} ở vòng thân nhất, {close} ở vòng gần, {wider} ở vòng rộng, {acquaintance} người quen; {ties, plural, other {# mối quan hệ}} giữa họ.',
  'map.summary.largest': 'Bối cảnh đông nhất: {context} ({count}).',
  'map.summary.bridges': 'Bạn là cầu nối giữa {groups} nhóm không quen nhau.',
  'map.summary.noBridge': 'Mọi người đều liên hệ với nhau qua ít nhất một mối quan hệ.',
  'map.summary.filtered': 'Đang hiện {shown} trên {total} người.',
  'map.summary.empty': 'Bản đồ chưa có ai. Hãy thêm người đầu tiên ở trên.',
  'map.hiddenMembers':
    '{count} thành viên ẩn: những người đã ẩn hồ sơ LinkedIn. Họ vẫn được tính vào quy mô và mức tăng của mạng lưới, nhưng vì không có tên nên không hiện thành chấm hay dòng.',

  'map.view.label':
    'Bản đồ mạng lưới: bạn ở giữa, các vòng từ thân nhất ra người quen, mỗi góc là một bối cảnh',
  'map.view.people': 'Những người trên bản đồ',
  'map.view.cell': '{count, plural, other {# người}} ở {ring}, {context}',
  'map.view.describe': '{name}, {ring}, {context}{ties, plural, =0 {} other {, # mối quan hệ}}',
  'map.view.keys':
    'Bàn phím: Tab để vào bản đồ, phím mũi tên để đi qua từng người, Enter để chọn, Delete để xoá, Shift + mũi tên để dịch bản đồ, + và − để phóng to, thu nhỏ, 0 để về như cũ, L để sang danh sách. Chuột: kéo một người sang vòng hay bối cảnh khác; giữ Ctrl rồi cuộn để phóng to. Màn hình cảm ứng: chụm hai ngón để phóng to, vuốt để dịch, chạm để chọn, chạm giữ một người để kéo đi.',
  'map.view.aggregated':
    'Bản đồ có hơn {limit} người nên chỉ hiện số người trong từng ô (vòng × bối cảnh). Hãy dùng danh sách bên dưới để xem và sửa từng người.',

  'map.controls.label': 'Điều khiển bản đồ',
  'map.controls.zoomIn': 'Phóng to',
  'map.controls.zoomOut': 'Thu nhỏ',
  'map.controls.panUp': 'Dịch lên',
  'map.controls.panDown': 'Dịch xuống',
  'map.controls.panLeft': 'Dịch sang trái',
  'map.controls.panRight': 'Dịch sang phải',
  'map.controls.reset': 'Về như cũ',
  'map.controls.list': 'Sang danh sách',

  'map.legend.title': 'Chú giải',
  'map.legend.strong': 'Quan hệ mạnh',
  'map.legend.weak': 'Quan hệ yếu',
  'map.legend.noIntro': 'Chấm rỗng: không muốn được giới thiệu',

  'map.selection.label': 'Những người đang chọn',
  'map.selection.none':
    'Chọn hai người (trên bản đồ hoặc trong danh sách) để ghi lại rằng họ quen nhau.',
  'map.selection.one': 'Đã chọn {name}. Chọn thêm một người nữa để nối hai người.',
  'map.selection.two': '{a} và {b}.',
  'map.selection.notTied': 'Hai người chưa được nối.',
  'map.selection.tied': 'Hai người quen nhau: quan hệ {strength}.',
  'map.selection.tieWeak': 'Nối: quan hệ yếu',
  'map.selection.tieStrong': 'Nối: quan hệ mạnh',
  'map.selection.untie': 'Bỏ nối',
  'map.selection.clear': 'Bỏ chọn',
  'map.selection.edit': 'Sửa thông tin {name}',

  'map.card.trust': 'Tin cậy {level}/5',
  'map.card.ties': '{count, plural, other {# mối quan hệ}}',
  'map.card.hint':
    'Trỏ chuột vào một người, hoặc dùng bàn phím trên bản đồ, để xem thông tin của họ.',

  'map.editor.title': 'Thông tin của {name}',
  'map.editor.close': 'Đóng',
  'map.editor.done': 'Xong',
  'map.editor.nameRequired': 'Tên không được để trống; tên cũ vẫn được giữ.',
  'map.editor.sinceInvalid': 'Hãy ghi theo dạng 2019, 2019-04 hoặc 2019-04-23.',
  'map.editor.sinceHint': 'Năm, năm-tháng hoặc ngày đầy đủ.',
  'map.editor.tagsHint': 'Ngăn cách các chủ đề bằng dấu phẩy.',
  'map.editor.notesHint': 'Chỉ bạn thấy; ghi chú nằm trong trình duyệt này.',
  'map.editor.ownContext': 'Thêm một bối cảnh của riêng bạn',
  'map.editor.addContext': 'Thêm bối cảnh',
  'map.editor.sectorHint':
    'Trên bản đồ, người này nằm ở góc “{context}”, bối cảnh được đánh dấu đầu tiên.',
  'map.editor.noContextHint': 'Chưa có bối cảnh: người này nằm ở góc “Chưa xếp”.',
  'map.editor.saveFailed': 'Không lưu được thay đổi này.',

  'map.table.caption': '{count, plural, other {# người}} trên bản đồ',
  'map.table.captionFiltered': 'Đang hiện {shown} trên {count} người',
  'map.table.select': 'Chọn',
  'map.table.selectPerson': 'Chọn {name}',
  'map.table.edit': 'Sửa thông tin',
  'map.table.ties': 'Quan hệ',
  'map.table.actions': 'Thao tác',
  'map.table.ringFor': 'Vòng thân thiết của {name}',
  'map.table.contextFor': 'Bối cảnh chính của {name}',
  'map.table.delete': 'Xoá {name}',
  'map.table.deleteShort': 'Xoá',

  'map.reason.no-people': 'Chưa có ai trên bản đồ.',
  'map.reason.no-contexts': 'Chưa ai được gắn bối cảnh.',
  'map.reason.no-ties': 'Chưa có mối quan hệ nào giữa những người trên bản đồ.',

  'map.insight.size.title': 'Quy mô',
  'map.insight.size.body':
    '{count, plural, other {# người}} trên bản đồ: {inner} ở vòng thân nhất, {close} ở vòng gần, {wider} ở vòng rộng và {acquaintance} người quen.',
  'map.insight.size.dunbar':
    'Theo Dunbar, các tầng quan hệ thường vào khoảng 5, 15, 50 và 150 người, mỗi tầng tính cả các tầng bên trong.',
  'map.insight.contexts.title': 'Bối cảnh',
  'map.insight.contexts.body': 'Đông nhất là {context}: {count} trên {total} người.',
  'map.insight.contexts.none': '{count, plural, other {# người}} chưa có bối cảnh.',
  'map.insight.growth.title': 'Mạng lưới lớn lên thế nào',
  'map.insight.growth.body':
    'Bạn quen {count, plural, other {# người}} trong khoảng từ {first} đến {last}; năm bạn quen nhiều người nhất là {best}, với {bestCount} người.',
  'map.insight.growth.none':
    'Hãy ghi thời điểm bạn quen từng người (chỉ cần năm) để thấy mạng lưới lớn lên ra sao.',
  'map.insight.growth.undated':
    '{count, plural, other {# người}} chưa có thời điểm quen nên không có trong biểu đồ.',
  'map.insight.diversity.title': 'Độ đa dạng',
  'map.insight.diversity.index': 'chỉ số Blau',
  'map.insight.diversity.counts':
    'Mọi người đến từ {contexts, plural, other {# bối cảnh}} và am hiểu {topics, plural, other {# chủ đề}}.',
  'map.insight.diversity.low':
    'Độ đa dạng thấp: phần lớn mọi người đến từ cùng một chỗ, như thể bạn chỉ có {equivalent} bối cảnh đông ngang nhau.',
  'map.insight.diversity.medium':
    'Độ đa dạng vừa: tương đương {equivalent} bối cảnh đông ngang nhau.',
  'map.insight.diversity.high':
    'Độ đa dạng cao: mọi người trải đều trên nhiều bối cảnh, tương đương {equivalent} bối cảnh đông ngang nhau.',
  'map.insight.balance.title': 'Quan hệ mạnh và yếu',
  'map.insight.balance.reader':
    'Với bạn, {strong} người là quan hệ mạnh (vòng thân nhất và vòng gần) và {weak} người là quan hệ yếu. Quan hệ mạnh cho bạn sự giúp đỡ; quan hệ yếu mang tới tin tức và cơ hội mới.',
  'map.insight.balance.among':
    'Giữa họ có {count, plural, other {# mối quan hệ}}, trong đó {strong} là quan hệ mạnh.',
  'map.insight.brokerage.title': 'Vị trí người trung gian',
  'map.insight.brokerage.effectiveSize': 'Quy mô hiệu dụng',
  'map.insight.brokerage.effectiveSizeBody':
    'Trong {count} người của bạn, khoảng {value} người không trùng lặp: họ ít quen nhau, nên mỗi người mang tới điều mới.',
  'map.insight.brokerage.efficiency': 'Hiệu suất',
  'map.insight.brokerage.efficiencyBody':
    'Tức là {percent}% số người quen của bạn không trùng lặp với nhau.',
  'map.insight.brokerage.constraint': 'Mức ràng buộc',
  'map.insight.brokerage.constraintBody':
    'Càng thấp, bạn càng ít bị bó vào một nhóm người quen chặt với nhau, nên có nhiều lựa chọn và nguồn tin độc lập hơn.',
  'map.insight.groups.title': 'Những nhóm bạn đang nối',
  'map.insight.groups.bridges':
    'Nếu không có bạn, những người trên bản đồ chia thành {count, plural, other {# nhóm}} không quen nhau{singletons, plural, =0 {} other {, trong đó # người đứng riêng}}. Bạn là cầu nối giữa họ.',
  'map.insight.groups.group':
    'Nhóm {n}: {count, plural, other {# người}} ({names}), chủ yếu từ {contexts}',
  'map.insight.groups.one':
    'Mọi người trên bản đồ đều liên hệ với nhau qua các mối quan hệ, nên bạn chưa là cầu nối duy nhất giữa nhóm nào.',
  'map.insight.groups.tieHint':
    'Hãy ghi lại ai quen ai (chọn hai người rồi nối) để thấy rõ các nhóm.',
  'map.insight.intro.title': 'Những lời giới thiệu có thể có ích',
  'map.insight.intro.body':
    'Những cặp chưa quen nhau, đến từ hai bối cảnh khác nhau, cả hai đều sẵn lòng được giới thiệu và có điều để nói với nhau. Dù vậy, hãy luôn hỏi cả hai trước.',
  'map.insight.intro.pair': '{a} và {b}',
  'map.insight.intro.need': '{needer} đang cần “{topic}”, điều mà {helper} am hiểu',
  'map.insight.intro.shared': 'cùng quan tâm “{topic}”',
  'map.insight.intro.none':
    'Chưa có cặp nào. Một cặp cần hai người sẵn lòng được giới thiệu, có chủ đề hoặc nhu cầu khớp nhau.',
  'map.insight.intro.truncated': 'Bản đồ lớn nên chỉ một phần các cặp được xét.',

  'map.growth.chartTitle': 'Số người bạn quen thêm theo thời gian',
  'map.growth.caption': 'Mỗi cột là số người bạn quen trong năm (hoặc tháng) đó.',
  'map.growth.period': 'Xem theo',
  'map.growth.byYear': 'Theo năm',
  'map.growth.byMonth': 'Theo tháng',
  'map.growth.showTable': 'Xem bảng số liệu',
  'map.growth.hideTable': 'Ẩn bảng số liệu',
  'map.growth.periodColumn': 'Thời gian',
  'map.growth.added': 'Quen thêm',
  'map.growth.cumulative': 'Cộng dồn',

  'map.lens.title': 'Lăng kính đa dạng',
  'map.lens.intro':
    'Ghi những vấn đề quan trọng với bạn. Với mỗi vấn đề, lăng kính cho biết những người bạn học hỏi đến từ bao nhiêu bối cảnh. Một vấn đề khớp với chủ đề mà ai đó am hiểu, hoặc bạn học từ họ.',
  'map.lens.addLabel': 'Một vấn đề quan trọng với bạn',
  'map.lens.add': 'Thêm vấn đề',
  'map.lens.remove': 'Bỏ vấn đề “{issue}”',
  'map.lens.empty':
    'Chưa có vấn đề nào. Ví dụ: việc học của con, chuyện đổi nghề, nước biển dâng ở đồng bằng.',
  'map.lens.tooMany': 'Tối đa {max} vấn đề.',
  'map.lens.noPeople':
    'Lăng kính đọc từ bản đồ mạng lưới của bạn: hãy thêm người và ghi họ am hiểu điều gì ở bài tập trước.',
  'map.lens.no-sources':
    'Chưa ai trên bản đồ am hiểu về “{issue}”. Ai có thể giúp bạn hiểu vấn đề này?',
  'map.lens.no-known-context':
    '{count, plural, other {# người}} nói với bạn về “{issue}”, nhưng chưa ai được gắn bối cảnh.',
  'map.lens.one-context':
    'Mọi điều bạn nghe về “{issue}” đều đến từ một bối cảnh: {contexts} ({count, plural, other {# người}}). Hãy tìm thêm một góc nhìn khác.',
  'map.lens.several-contexts':
    'Bạn nghe về “{issue}” từ {contextCount} bối cảnh: {contexts} ({count, plural, other {# người}}).',

  'map.help.title': 'Ai có thể giúp về …?',
  'map.help.empty':
    'Khi bản đồ đã có người, bạn có thể tra ở đây ai am hiểu một chủ đề hay làm ở một công ty.',
  'map.help.label': 'Chủ đề, công ty hoặc bối cảnh',
  'map.help.hint': 'Không cần gõ dấu: “kinh te” cũng tìm ra “kinh tế”.',
  'map.help.count': '{count, plural, other {# người}} có thể giúp',
  'map.help.none': 'Chưa thấy ai. Hãy thử một từ ngắn hơn.',
  'map.help.reason.knowsAbout': 'am hiểu {text}',
  'map.help.reason.learnFrom': 'bạn học từ họ về {text}',
  'map.help.reason.company': 'làm ở {text}',
  'map.help.reason.position': 'vị trí {text}',
  'map.help.reason.context': 'quen qua {text}',
} as const;
