import * as assert from 'node:assert/strict';
import { buildCorpus } from '../../src/core/corpus';
import type { Person } from '../../src/core/types';
import { input } from './fixtures';

/** The people of some news items (one source each), by canonical name. */
function cards(...texts: string[]): Map<string, Person> {
  const { people } = buildCorpus(texts.map((t, i) => input(`/sources/item-${i}.txt`, t)));
  return new Map(people.filter((p) => p.kind === 'person').map((p) => [p.name, p]));
}

function names(people: Map<string, Person>): string[] {
  return [...people.keys()].sort();
}

describe('person cards on news text: roles', () => {
  it('never takes an honorific as the role when a title is among the roles', () => {
    const p = cards(
      'RAMALLAH — Palestinian President Mahmud Qassem met envoys on Sunday. Mr. Qassem said talks would resume. Mr. Qassem later left for Amman, where Mr. Qassem met the king.\n',
    );
    assert.equal(p.get('Mahmud Qassem')?.role, 'Palestinian President');
  });

  it('takes “The head of the agency, X”, “X, the deputy foreign minister,” and “the mayor of the capital, X”', () => {
    const p = cards(
      'The head of the agency, Ingrid Solberg, said the inspections would continue.\n\nTomas Varga, the deputy foreign minister, told parliament the treaty was signed. The mayor of the capital, Dana Kovac, welcomed it.\n',
    );
    assert.equal(p.get('Ingrid Solberg')?.role, 'head of the agency');
    assert.equal(p.get('Tomas Varga')?.role, 'deputy foreign minister');
    assert.equal(p.get('Dana Kovac')?.role, 'mayor of the capital');
  });

  it('takes a role noun before the name (“software billionaire X”) and a possessive (“Japan’s foreign minister X”)', () => {
    const p = cards(
      'Software billionaire Arvid Lund bought the club on Friday. Separately, Japan’s foreign minister Kenji Mori arrived in Seoul. Lund said he was pleased.\n',
    );
    assert.equal(p.get('Arvid Lund')?.role, 'Software billionaire');
    assert.equal(p.get('Kenji Mori')?.role, 'Japan’s foreign minister');
  });

  it('takes no sentence fragment that happens to end in a role noun', () => {
    const p = cards(
      'Police said they had questioned a guard. The minister met with his Iranian counterpart, Reza Tabrizi, in Moscow. State radio interviewed a prisoner, Omar Haddad, who said two inmates died.\n',
    );
    assert.equal(p.get('Reza Tabrizi')?.role, 'Iranian counterpart');
    assert.equal(p.get('Omar Haddad')?.role, 'prisoner');
  });

  it('reads “Secretary of State X” whole, and keeps a style such as Sheikh out of the role', () => {
    const p = cards('U.S. Assistant Secretary of State Laura Whitfield arrived on Monday. Information Minister Sheikh Rashid Karim condemned the blast.\n');
    assert.equal(p.get('Laura Whitfield')?.role, 'U.S. Assistant Secretary of State');
    assert.equal([...p.values()].find((x) => /Rashid Karim$/.test(x.name))?.role, 'Information Minister');
  });
});

describe('person cards on news text: spans', () => {
  it('never glues a title into the name', () => {
    const p = cards('Prosecutor Ana Ruiz asked for a ten-year sentence. Ruiz told the court the evidence was clear.\n');
    assert.deepEqual(names(p), ['Ana Ruiz']);
    assert.equal(p.get('Ana Ruiz')?.role, 'Prosecutor');
  });

  it('reads a title and a three-part Korean name at the start of a paragraph as a person, and the later surname as that person', () => {
    const p = cards('SEOUL —\n\nDefense Minister Park Chang Ho said on Tuesday the drills would go ahead.\n\nPark said the North had been told in advance.\n');
    const park = p.get('Park Chang Ho');
    assert.ok(park, names(p).join(', '));
    assert.equal(park.role, 'Defense Minister');
    assert.equal(park.mentions.length, 2);
  });

  it('reads a title after a dateline as a title', () => {
    const p = cards('NAIROBI, Kenya (AP) — Health Minister Grace Wanjiru said on Monday the outbreak was contained. Wanjiru thanked the nurses.\n');
    assert.equal(p.get('Grace Wanjiru')?.role, 'Health Minister');
  });

  it('lists no organisation that ends in a person-like word and no name starting with “The” as people', () => {
    const p = cards('He served as deputy commander of a notorious prison, The Dom, in the east. Guards at The Dom refused to talk.\n');
    assert.deepEqual(names(p), []);
  });
});

describe('person cards on news text: who a bare surname is', () => {
  it('keeps a wife written “Mrs. X” apart from her husband’s card', () => {
    const p = cards('Former Senator Richard Hale died on Sunday. Mrs. Hale said her husband had been ill for months. Mrs. Hale thanked the hospital staff.\n');
    assert.deepEqual(
      p.get('Richard Hale')?.mentions.map((m) => m.text),
      ['Richard Hale'],
    );
  });

  it('links a bare surname in another source only when one person has it', () => {
    const p = cards(
      'Coach Peter Brandt praised his players on Saturday.\n',
      'Pianist Clara Brandt gave a recital in Vienna.\n',
      'Brandt said the season was not over.\n',
    );
    assert.equal(p.get('Peter Brandt')?.mentions.length, 1);
    assert.equal(p.get('Clara Brandt')?.mentions.length, 1);
  });

  it('links a bare surname in another source to the one person the corpus has with it', () => {
    const p = cards('Chancellor Hilde Baumann opened the summit.\n', 'Baumann said the summit was a success.\n');
    assert.equal(p.get('Hilde Baumann')?.mentions.length, 2);
  });

  it('keeps relatives with different given names apart', () => {
    const p = cards(
      'Lebanese Prime Minister Samir Khoury denied the report about his father, former Prime Minister Nabil Khoury. Samir Khoury spoke on Wednesday.\n',
    );
    assert.ok(p.has('Samir Khoury') && p.has('Nabil Khoury'));
    assert.equal(p.get('Samir Khoury')?.role, 'Lebanese Prime Minister');
    assert.equal(p.get('Nabil Khoury')?.role, 'former Prime Minister');
  });
});

describe('person cards on news text: non-people and near-misses', () => {
  it('lists no newspaper, animal or storm named in another source as a person', () => {
    const p = cards(
      'The Argentine newspaper La Prensa reported that the surgeon had left. Her dog Bruno was found on Sunday.\n',
      'Hurricane Odette struck the coast on Monday.\n',
      'Officials feared Odette had killed dozens. Odette moved north overnight.\n',
    );
    assert.deepEqual(names(p), []);
  });

  it('gives no roman numeral as a surname alias', () => {
    const p = cards('Pope Leo XIV visited Lebanon on Sunday. Leo XIV prayed at the port.\n');
    const pope = [...p.values()].find((x) => /Leo XIV$/.test(x.name));
    assert.ok(pope, names(p).join(', '));
    assert.ok(!pope.aliases.some((a) => a.text === 'XIV'));
  });

  it('links a surname misspelt once in the article to the person it names in full', () => {
    const p = cards('Syrian lawyer Aktar Nassif won the award. The jury said Mr. Nasif had shown courage. Mr. Nassif thanked them.\n');
    assert.deepEqual(names(p), ['Aktar Nassif']);
    assert.equal(p.get('Aktar Nassif')?.mentions.length, 3);
  });

  it('links a name used by its first word when only one person in the article has it', () => {
    const p = cards('A court convicted former President Tadesse Bekele Worku on Tuesday. Colonel Tadesse fled in 1991.\n');
    assert.deepEqual(names(p), ['Tadesse Bekele Worku']);
    assert.equal(p.get('Tadesse Bekele Worku')?.mentions.length, 2);
  });

  it('reads President-elect as a title', () => {
    const p = cards('President-elect Maria Santos named her cabinet on Friday.\n');
    assert.deepEqual(names(p), ['Maria Santos']);
    assert.equal(p.get('Maria Santos')?.role, 'President-elect');
  });
});

describe('person cards on news text: more role shapes', () => {
  it('takes a role with a place after its head (“The acting head of the mission in Juba, X,”)', () => {
    const p = cards('The acting head of the mission in Juba, Paul Mensah, said two soldiers were hurt.\n');
    assert.equal(p.get('Paul Mensah')?.role, 'acting head of the mission in Juba');
  });

  it('keeps the stated role when a royal title follows it (“his Saudi counterpart Prince X”)', () => {
    const p = cards('The minister met his Saudi counterpart Prince Faisal bin Salman in Jeddah on Wednesday.\n');
    assert.equal([...p.values()].find((x) => /Salman$/.test(x.name))?.role, 'Saudi counterpart');
  });

  it('reads a kin word before a lone given name as a person (“his wife Jill”) but not as her role', () => {
    const p = cards('Senator Tom Reyes and his wife Marisol are due in Lisbon on Monday.\n');
    assert.ok(p.has('Marisol'), names(p).join(', '));
    assert.equal(p.get('Marisol')?.role, undefined);
  });
});

describe('person cards on news text: initials and generations', () => {
  it('keeps initials in the name (A.J., H.W.) and a title after them out of it', () => {
    const p = cards('Race winner A.J. Foyt said he was tired. Former President George H.W. Bush sent a letter. U.S. Ambassador Carla Jensen read it.\n');
    assert.deepEqual(names(p), ['A.J. Foyt', 'Carla Jensen', 'George H.W. Bush']);
    assert.equal(p.get('Carla Jensen')?.role, 'U.S. Ambassador');
  });

  it('glues nothing after a name where two sentences meet, and reads a generation as part of the name', () => {
    const p = cards('Crowds honoured Martin Luther King Jr. Officials said the march was peaceful.\n');
    assert.deepEqual(names(p), ['Martin Luther King Jr.']);
    assert.deepEqual(
      p.get('Martin Luther King Jr.')?.mentions.map((m) => m.text),
      ['Martin Luther King Jr.'],
    );
  });
});

describe('person mentions on news text: evidence and surnames', () => {
  it('reads an unknown full name followed by a speech verb as a person, even said once', () => {
    const p = cards('Tavita Maulolo said on Monday the vote would be delayed.\n');
    assert.deepEqual(names(p), ['Tavita Maulolo']);
  });

  it('keys a hyphenated surname whole: “Dubois-Marie said” is not a namesake called Marie', () => {
    const p = cards(
      'Interior Minister Michele Dubois-Marie outlined the plan on Monday.\n',
      'Union leaders Bobbie Marie and Ana Prout were told to leave.\n',
      'Dubois-Marie said the arrests were a blow to the group.\n',
    );
    assert.equal(p.get('Michele Dubois-Marie')?.mentions.length, 2);
    assert.equal(p.get('Bobbie Marie')?.mentions.length, 1);
  });

  it('keeps two particles inside a name (“von der”, “de la”), also when the surname opens a sentence', () => {
    const p = cards(
      'Commission President Greta von der Wahl arrived in Kyiv on Friday. Von der Wahl said the aid would continue.\n\nLater, Juan de la Vega spoke to reporters. De la Vega said the team was tired.\n',
    );
    assert.deepEqual(names(p), ['Greta von der Wahl', 'Juan de la Vega']);
    assert.deepEqual(
      p.get('Juan de la Vega')?.mentions.map((m) => m.text),
      ['Juan de la Vega', 'De la Vega'],
    );
  });

  it('reads a name before a lowercase place noun as the place’s (“Lyndon B. Johnson airport”, “Tando Qasim province”)', () => {
    const p = cards('Passengers were stranded at Lyndon B. Johnson airport overnight. Fighting spread to Tando Qasim province.\n');
    assert.deepEqual(names(p), []);
  });

  it('reads a title word that is also a name, followed by a verb, as the surname of the person the article names (“King spoke”)', () => {
    const p = cards('Martin Luther King III addressed the rally in Atlanta. King spoke about voting rights.\n');
    assert.equal(p.get('Martin Luther King III')?.mentions.length, 2);
  });

  it('reads a surname with an Arabic article as the bare surname (“Abu Talal al-Jabouri … Jabouri said”)', () => {
    const p = cards('Militant leader Abu Talal al-Jabouri was killed in a raid on Sunday. Jabouri had led the group since 2014.\n');
    assert.equal(p.get('Abu Talal al-Jabouri')?.mentions.length, 2);
  });

  it('keeps a Korean family name that is also an English word when it opens a sentence (“Park Chang Ho, the defense minister,”)', () => {
    const p = cards('SEOUL — The drills begin on Monday. Park Chang Ho, the defense minister, said the North had been told. Park said it was routine.\n');
    assert.deepEqual(names(p), ['Park Chang Ho']);
    assert.equal(p.get('Park Chang Ho')?.role, 'defense minister');
    assert.equal(p.get('Park Chang Ho')?.mentions.length, 2);
  });

  it('reads an unknown name at the start of a paragraph as a person when a personal pronoun follows in the clause', () => {
    const p = cards('TEHRAN —\n\nFarhad Mirzakhani was to hold talks with his Turkish counterpart on Monday.\n');
    assert.deepEqual(names(p), ['Farhad Mirzakhani']);
  });

  it('reads a Vietnamese name by its last word when the article uses it so (“Nguyen Van Thanh … Thanh said”)', () => {
    const p = cards('HANOI — Deputy Prime Minister Nguyen Van Thanh met the delegation on Tuesday. Thanh said exports would double.\n');
    assert.equal(p.get('Nguyen Van Thanh')?.mentions.length, 2);
  });

  it('takes no capitalised -er word for a title when a word for a thing stands before the run (“the company Hollinger Brandt”)', () => {
    const p = cards('The engineer works for the company Hollinger Brandt in Kabul.\n');
    assert.deepEqual(names(p), []);
  });

  it('keeps a nationality adjective out of the name and off the people list (“an Irish Niamh Doherty”, “Turkish troops”)', () => {
    const p = cards('A court freed an Irish Niamh Doherty on Friday. Turkish troops crossed the border, and Yemeni officials said Somali pirates fled.\n');
    assert.deepEqual(names(p), ['Niamh Doherty']);
  });

  it('keeps a style that follows a given name inside the name (“Hassan Sheikh Abdirahman”), and a title before it outside', () => {
    const p = cards('Somali President Hassan Sheikh Abdirahman met envoys on Monday. Abdirahman said the talks went well.\n');
    assert.equal(p.get('Hassan Sheikh Abdirahman')?.role, 'Somali President');
    assert.equal(p.get('Hassan Sheikh Abdirahman')?.mentions.length, 2);
  });
});
