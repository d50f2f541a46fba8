import type { SamplePeopleText } from './sample-network';

/**
 * The English sample, with the same structure as the Vietnamese one: Hannah, 27, a UX designer at
 * a software company in Leeds. Every name is invented; two people are called James Smith.
 */
export const samplePeopleEn: SamplePeopleText = {
  reader: 'Hannah, 27, a UX designer at a software company in Leeds',
  people: {
    w1: ['Tom Baker', 'Design lead', 'Aire Software'],
    w2: ['Priya Shah', 'Front-end developer', 'Aire Software'],
    w3: ['Daniel Okafor', 'Product manager', 'Aire Software'],
    w4: ['Emma Clarke', 'Software tester', 'Aire Software'],
    w5: ['Liam Walsh', 'Back-end developer', 'Aire Software'],
    w6: ['Sophie Turner', 'People team', 'Aire Software'],
    w7: ['Jack Hughes', 'Mobile developer', 'Aire Software'],
    s1: ['Ben Carter', 'Data engineer', 'A bank in London'],
    s2: ['Chloe Evans', 'Lecturer', 'University of Leeds'],
    s3: ['Ryan Patel', 'Startup founder', 'A food delivery app'],
    s4: ['Amy Roberts', 'Marketing officer', 'A seaside hotel'],
    s5: ['Josh Wright', 'Electrical engineer', 'A plant in Wakefield'],
    s6: ['James Smith', 'Software engineer', 'A company in Manchester'],
    h1: ['Peter Lowe', 'Runs a bike repair shop', ''],
    h2: ['Margaret Hill', 'Accountant', 'A fishing co-operative'],
    h3: ['Colin Shaw', 'Secretary of the Whitby society', ''],
    h4: ['James Smith', 'Doctor', 'Leeds General Infirmary'],
    h5: ['Karen Brooks', 'Primary school teacher', ''],
    f1: ['David Moore', 'Dad', ''],
    f2: ['Susan Moore', 'Mum', ''],
    f3: ['Laura Moore', 'Older sister', ''],
    f4: ['Ollie Moore', 'Younger brother', ''],
    f5: ['Jean Fletcher', 'Aunt', ''],
    f6: ['Mark Moore', 'Cousin, in Whitby', ''],
    o1: ['Zoe Adams', 'Freelance designer', ''],
    o2: ['Marcus Lee', 'User researcher', 'A company in Singapore'],
    o3: ['Hina Akhtar', 'Runs the “UX North” group', ''],
    o4: ['Rob Fisher', 'Product designer', 'A company in Glasgow'],
    o5: ['Nina Kowalski', 'Illustrator', ''],
    o6: ['Sam Reid', 'Design student', ''],
  },
  topics: {
    // Open to introductions, in different groups, not yet acquainted: the weigher's suggestions.
    w1: { knows: ['design systems'] },
    w3: { knows: ['product management'], needs: ['marketing'] },
    w7: { knows: ['teaching children to code'] },
    s4: { knows: ['marketing'] },
    h1: { needs: ['logo design'] },
    h5: { needs: ['teaching children to code'] },
    o1: { knows: ['logo design'] },
    o3: { needs: ['design systems'] },
    // Who could help, though they would rather be asked first.
    s3: { knows: ['startups'] },
    w6: { knows: ['recruiting'] },
  },
  metWhere: {
    workplace: 'Aire Software',
    school: 'University computing class WhatsApp group',
    community: 'Whitby folk in Leeds society',
    family: 'Family',
    online: '“UX North” Facebook group',
  },
};
