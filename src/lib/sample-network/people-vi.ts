import type { SamplePeopleText } from './sample-network';

/**
 * The Vietnamese sample: Hà, 27, a UX designer at a software company in Đà Nẵng. Every name is
 * invented; two people share the name Nguyễn Văn Anh and two Nguyễn Thị Lan, as happens.
 */
export const samplePeopleVi: SamplePeopleText = {
  reader: 'Hà, 27 tuổi, thiết kế UX ở một công ty phần mềm tại Đà Nẵng',
  people: {
    w1: ['Lê Minh Quân', 'Trưởng nhóm thiết kế', 'Phần mềm Sông Hàn'],
    w2: ['Nguyễn Thị Lan', 'Lập trình viên frontend', 'Phần mềm Sông Hàn'],
    w3: ['Phạm Đức Huy', 'Quản lý sản phẩm', 'Phần mềm Sông Hàn'],
    w4: ['Võ Thị Mai', 'Kiểm thử phần mềm', 'Phần mềm Sông Hàn'],
    w5: ['Hoàng Văn Nam', 'Lập trình viên backend', 'Phần mềm Sông Hàn'],
    w6: ['Đặng Thu Trang', 'Nhân sự', 'Phần mềm Sông Hàn'],
    w7: ['Trương Quốc Bảo', 'Lập trình viên di động', 'Phần mềm Sông Hàn'],
    s1: ['Bùi Thanh Tùng', 'Kỹ sư dữ liệu', 'Ngân hàng ở Hà Nội'],
    s2: ['Ngô Thị Hạnh', 'Giảng viên', 'Đại học Bách khoa Đà Nẵng'],
    s3: ['Đỗ Minh Khoa', 'Sáng lập startup', 'Ứng dụng giao đồ ăn'],
    s4: ['Lý Ngọc Ánh', 'Chuyên viên marketing', 'Khách sạn ven biển'],
    s5: ['Phan Văn Đạt', 'Kỹ sư điện', 'Nhà máy ở Hòa Khánh'],
    s6: ['Nguyễn Văn Anh', 'Kỹ sư phần mềm', 'Công ty ở TP.HCM'],
    h1: ['Huỳnh Văn Lộc', 'Chủ tiệm sửa xe', ''],
    h2: ['Châu Thị Bích', 'Kế toán', 'Hợp tác xã thủy sản'],
    h3: ['Tạ Quang Vinh', 'Trưởng ban liên lạc hội đồng hương', ''],
    h4: ['Nguyễn Văn Anh', 'Bác sĩ', 'Bệnh viện Đà Nẵng'],
    h5: ['Mai Thị Thảo', 'Giáo viên tiểu học', ''],
    f1: ['Trần Văn Hùng', 'Bố', ''],
    f2: ['Nguyễn Thị Lan', 'Mẹ', ''],
    f3: ['Trần Thu Hằng', 'Chị gái', ''],
    f4: ['Trần Minh Tâm', 'Em trai', ''],
    f5: ['Lê Thị Hoa', 'Dì', ''],
    f6: ['Trần Văn Sơn', 'Anh họ, ở Quảng Ngãi', ''],
    o1: ['Kiều Anh Thư', 'Nhà thiết kế tự do', ''],
    o2: ['Đinh Công Phúc', 'Nghiên cứu người dùng', 'Công ty ở Singapore'],
    o3: ['Vũ Hải Yến', 'Quản trị nhóm “UX Việt”', ''],
    o4: ['La Quốc Thịnh', 'Nhà thiết kế sản phẩm', 'Công ty ở Hà Nội'],
    o5: ['Tôn Nữ Diệu', 'Họa sĩ minh họa', ''],
    o6: ['Cao Minh Nhật', 'Sinh viên thiết kế', ''],
  },
  topics: {
    // Open to introductions, in different groups, not yet acquainted: the weigher's suggestions.
    w1: { knows: ['hệ thống thiết kế'] },
    w3: { knows: ['quản lý sản phẩm'], needs: ['marketing'] },
    w7: { knows: ['dạy lập trình cho trẻ em'] },
    s4: { knows: ['marketing'] },
    h1: { needs: ['thiết kế logo'] },
    h5: { needs: ['dạy lập trình cho trẻ em'] },
    o1: { knows: ['thiết kế logo'] },
    o3: { needs: ['hệ thống thiết kế'] },
    // Who could help, though they would rather be asked first.
    s3: { knows: ['khởi nghiệp'] },
    w6: { knows: ['tuyển dụng'] },
  },
  metWhere: {
    workplace: 'Công ty phần mềm Sông Hàn',
    school: 'Nhóm Zalo cựu sinh viên Bách khoa Đà Nẵng',
    community: 'Hội đồng hương Quảng Ngãi tại Đà Nẵng',
    family: 'Gia đình',
    online: 'Nhóm Facebook “UX Việt”',
  },
};
