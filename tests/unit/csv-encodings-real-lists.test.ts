import { describe, expect, it } from 'vitest';
import { decodeCsvFile } from '../../lib/transfer/csv-decode';
import { decodeLegacy } from '../../lib/transfer/legacy-encoding';
import { windows1250, windows1251, windows1252 } from './helpers/encodings';

/**
 * The code-page guess on 50 contact lists as reps' Excel saves them in plain "CSV" (the
 * Windows code page of the author's locale: UK lists with £, Spanish addresses with 3º,
 * Czech, Slovenian, Polish with German contacts, Ukrainian…), each checked to come back
 * exactly, with the code page it was saved in named. Where the file's text reads identically
 * in another code page, that label is accepted too (the test first checks the text really
 * does read the same). Known misses, left out: Icelandic (þ reads as Romanian ţ) and a
 * two-word Hungarian file whose only letter past ASCII is ű (read as French û).
 */

type Enc = 'windows-1250' | 'windows-1251' | 'windows-1252';
const ENCODERS = { 'windows-1250': windows1250, 'windows-1251': windows1251, 'windows-1252': windows1252 } as const;

function expectRead(text: string, encoding: Enc, alsoOk: Enc[] = []) {
  const bytes = ENCODERS[encoding](text);
  for (const other of alsoOk) expect(decodeLegacy(bytes, other), `${other} reads the same text`).toBe(text);
  const decoded = decodeCsvFile(bytes);
  if (!decoded.ok) throw new Error(`refused: ${decoded.error}`);
  const want = text.split('\r\n');
  const got = decoded.text.split('\r\n');
  const wrongLines = got.flatMap((line, i) => (line === want[i] ? [] : [`${line}   (was: ${want[i]})`])).slice(0, 4);
  const assumedOk = decoded.assumed !== undefined && [encoding, ...alsoOk].includes(decoded.assumed);
  expect({ assumed: assumedOk ? encoding : decoded.assumed, wrongLines }).toEqual({ assumed: encoding, wrongLines: [] });
}

// ---------------------------------------------------------------------------------------------
// Building realistic lists

const SPECIAL: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae', Æ: 'Ae', đ: 'd', Đ: 'D', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', œ: 'oe', Œ: 'Oe' };
const CYR: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', ђ: 'dj', е: 'e', є: 'ye', ё: 'e', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y', ј: 'j',
  к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', џ: 'dz', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
/** A name as it is spelled in an e-mail address. */
const fold = (s: string) =>
  [...s.toLowerCase()]
    .map((c) => SPECIAL[c] ?? CYR[c] ?? c)
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '');

function field(value: string, sep: string) {
  return value.includes(sep) || value.includes('"') || value.includes('\n') ? `"${value.replace(/"/g, '""')}"` : value;
}
function csv(sep: string, header: readonly string[], rows: readonly (readonly string[])[]) {
  return [header, ...rows].map((r) => r.map((v) => field(v, sep)).join(sep)).join('\r\n') + '\r\n';
}

const at = <T,>(list: readonly T[], i: number) => list[i % list.length]!;
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
/** The list's item for row i, stepping by a stride coprime with its length so every item is used. */
const spread = <T,>(list: readonly T[], i: number, stride: number, offset: number) => {
  let k = stride;
  while (gcd(k, list.length) !== 1) k += 1;
  return at(list, i * k + offset);
};
const digits = (i: number, n: number) => String((i * 7919 + 104729) % 10 ** n).padStart(n, '0');

interface Spec {
  first: readonly string[];
  last: readonly string[];
  companies: readonly string[];
  titles: readonly string[];
  cities: readonly string[];
  notes: readonly string[];
  tld: string;
  phone: (i: number) => string;
  /** Domain word taken from the company name (default: its first word). */
  domain?: (company: string) => string;
}

interface Contact { first: string; last: string; company: string; title: string; city: string; email: string; phone: string; note: string }

/** n contacts made from the lists, paired so first and last names, companies and cities vary independently. */
function contacts(spec: Spec, n: number): Contact[] {
  return Array.from({ length: n }, (_, i) => {
    const first = at(spec.first, i);
    const last = spread(spec.last, i, 3, 1);
    const company = spread(spec.companies, i, 5, 2);
    const domain = spec.domain ? spec.domain(company) : fold(company.split(/[\s,]/)[0]!);
    return {
      first,
      last,
      company,
      title: spread(spec.titles, i, 7, 3),
      city: spread(spec.cities, i, 11, 4),
      email: `${fold(first)}.${fold(last)}@${domain}.${spec.tld}`,
      phone: spec.phone(i),
      note: i % 3 === 0 ? at(spec.notes, i / 3) : '',
    };
  });
}

const standard = (c: Contact) => [c.first, c.last, c.company, c.title, c.city, c.email, c.phone, c.note];
function standardFile(sep: string, header: readonly string[], spec: Spec, n: number) {
  return csv(sep, header, contacts(spec, n).map(standard));
}

const EN_HEADER = ['First Name', 'Last Name', 'Company', 'Title', 'City', 'Email', 'Phone', 'Notes'];

// ---------------------------------------------------------------------------------------------
// Western European (windows-1252)

const US_FIRST = ['Michael', 'Jennifer', 'David', 'Jessica', 'Christopher', 'Ashley', 'Matthew', 'Amanda', 'Joshua', 'Sarah', 'Andrew', 'Stephanie', 'Daniel', 'Melissa', 'James', 'Nicole', 'Robert', 'Elizabeth', 'John', 'Heather', 'Joseph', 'Megan', 'Ryan', 'Lauren', 'Brian', 'Rachel', 'Kevin', 'Emily', 'Justin', 'Kimberly', 'William', 'Amy', 'Tyler', 'Rebecca', 'Brandon', 'Laura', 'Eric', 'Danielle', 'Jason', 'Samantha', 'Steven', 'Katherine'];
const US_LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas', 'Moore', 'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Hill', 'Green', 'Adams', 'Baker', 'Nelson', 'Carter', 'Mitchell', 'Roberts', 'Turner', 'Phillips', 'Campbell', 'Parker', 'Evans', 'Edwards', 'Collins', 'Stewart', 'Murphy', 'Cook', 'Rogers'];
const US_COMPANIES = ['Acme Logistics Inc.', 'Brightline Software LLC', 'Cascade Health Partners', 'Summit Financial Group, Inc.', 'Northwind Traders Corp.', 'Pinnacle Marketing LLC', 'BlueRiver Analytics', 'Keystone Industrial Supply', 'Redwood Capital Advisors LP', 'Harbor Freight Solutions', 'Evergreen Dental Group PC', 'Lakeside Manufacturing Co.', 'Ironclad Security Inc.', 'Silverline Media LLC', 'Granite State Insurance'];
const US_TITLES = ['VP of Sales', 'Director of Marketing', 'Account Executive', 'Procurement Manager', 'CFO', 'Head of Operations', 'Senior Buyer', 'IT Director', 'Office Manager', 'Chief Revenue Officer', 'Sales Development Rep', 'Regional Sales Manager', 'Controller', 'COO'];
const US_CITIES = ['Austin, TX', 'Denver, CO', 'Chicago, IL', 'Boston, MA', 'Seattle, WA', 'Atlanta, GA', 'Phoenix, AZ', 'Columbus, OH', 'Nashville, TN', 'San Diego, CA', 'Raleigh, NC', 'Minneapolis, MN', 'Portland, OR', 'Tampa, FL'];
const US_NOTES = ['Met at SaaStr, wants a demo in Q3', 'Follow up after budget approval', 'Left voicemail x2', 'Decision maker – loop in legal', 'Asked for pricing for 50 seats', 'Not interested until renewal in March', 'Referred by existing customer', 'Send case study'];
const usPhone = (i: number) => `(${200 + (i % 700)}) 555-${digits(i, 4)}`;
const US: Spec = { first: US_FIRST, last: US_LAST, companies: US_COMPANIES, titles: US_TITLES, cities: US_CITIES, notes: US_NOTES, tld: 'com', phone: usPhone };

function withSome(list: Contact[], every: number, changes: Partial<Contact>[]): Contact[] {
  return list.map((c, i) => (i % every === every - 1 ? { ...c, ...at(changes, Math.floor(i / every)) } : c));
}
const emailed = (c: Contact, tld: string) => ({ ...c, email: `${fold(c.first)}.${fold(c.last)}@${fold(c.company.split(/[\s,]/)[0]!)}.${tld}` });

const UK_FIRST = ['Oliver', 'Charlotte', 'Harry', 'Sophie', 'George', 'Emily', 'Jack', 'Olivia', 'Thomas', 'Amelia', 'James', 'Jessica', 'William', 'Lucy', 'Henry', 'Hannah', 'Alexander', 'Grace', 'Edward', 'Eleanor', 'Callum', 'Niamh', 'Rhys', 'Siobhan', 'Fergus', 'Imogen'];
const UK_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Thompson', 'Robinson', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris', 'Clarke', 'Patel', 'Khan', "O'Brien", 'MacDonald', 'Fletcher', 'Whitaker'];
const UK_COMPANIES = ['Bramley Facilities Ltd', 'Thames Valley Logistics Ltd', 'Northern Rail Supplies plc', 'Harrow & Finch LLP', 'Castlegate Property Ltd', 'Pennine Engineering Ltd', 'Albion Print Group plc', 'Kestrel Recruitment Ltd', 'Mersey Marine Services Ltd', 'Caledonian Foods Ltd'];
const UK_TITLES = ['Managing Director', 'Head of Procurement', 'Operations Director', 'Finance Director', 'Sales Manager', 'Facilities Manager', 'Commercial Director', 'Office Manager', 'Partner', 'Buyer'];
const UK_CITIES = ['London', 'Manchester', 'Birmingham', 'Leeds', 'Bristol', 'Glasgow', 'Edinburgh', 'Cardiff', 'Sheffield', 'Newcastle upon Tyne', 'Nottingham', 'Belfast', 'Reading', 'Milton Keynes'];
const ukPhone = (i: number) => `+44 ${7700 + (i % 200)} ${digits(i, 6)}`;

describe('Western European lists (windows-1252)', () => {
  it('US HubSpot export, 150 rows, accented names that read the same in windows-1250 (José, Zoë, Renée, Chloé)', () => {
    const list = withSome(contacts(US, 150), 12, [
      { first: 'José', last: 'Rodríguez' }, { first: 'Zoë', last: 'Campbell' }, { first: 'Renée', last: 'Walker' }, { first: 'Chloé', last: 'Dubois' },
      { first: 'André', last: 'Thompson' }, { first: 'Inés', last: 'García' },
    ]).map((c) => emailed(c, 'com'));
    expectRead(csv(',', EN_HEADER, list.map(standard)), 'windows-1252', ['windows-1250']);
  });

  it('US list with a few names that read differently in windows-1250 (Muñoz, Søren, Ñ in caps)', () => {
    const list = withSome(contacts(US, 120), 15, [
      { first: 'José', last: 'Muñoz' }, { first: 'Søren', last: 'Kierkegaard' }, { first: 'Zoë', last: 'Ibáñez' }, { first: 'Renée', last: 'Thompson' },
      { first: 'Maria', last: 'NUÑEZ' }, { first: 'Bjørn', last: 'Larsen' }, { first: 'Hélène', last: 'Baker' }, { first: 'Ana', last: 'Peña' },
    ]).map((c) => emailed(c, 'com'));
    expectRead(csv(',', EN_HEADER, list.map(standard)), 'windows-1252');
  });

  it('UK list whose notes give budgets in pounds (£), names all ASCII', () => {
    const spec: Spec = { first: UK_FIRST, last: UK_LAST, companies: UK_COMPANIES, titles: UK_TITLES, cities: UK_CITIES, tld: 'co.uk', phone: ukPhone,
      notes: ['Budget c. £25k for FY25', 'Renewal at £1,200/month – wants a discount', 'Met at the NEC, follow up in March', 'Quoted £4,500 + VAT', 'Not before Q2', 'Gatekeeper: ask for the MD'] };
    expectRead(standardFile(',', EN_HEADER, spec, 80), 'windows-1252');
  });

  it('UK list with Irish and accented names (Siobhán, Zoë, Renée), curly quotes, en dashes and € in notes', () => {
    const spec: Spec = { first: [...UK_FIRST.slice(0, 20), 'Siobhán', 'Seán', 'Zoë', 'Renée', 'Aoife', 'Sinéad'], last: UK_LAST, companies: UK_COMPANIES, titles: UK_TITLES, cities: UK_CITIES, tld: 'co.uk', phone: ukPhone,
      notes: ['Said “call me after Easter”', 'Dublin office – budget in € (approx. €30k)', 'Prefers e-mail…', 'Spoke to PA – ‘not this year’', 'Trial ends 14/03'] };
    expectRead(standardFile(',', EN_HEADER, spec, 60), 'windows-1252', ['windows-1250']);
  });

  it('UK list with a pound sign and a few Scandinavian and Spanish names', () => {
    const list = withSome(contacts({ first: UK_FIRST, last: UK_LAST, companies: UK_COMPANIES, titles: UK_TITLES, cities: UK_CITIES, tld: 'co.uk', phone: ukPhone,
      notes: ['Budget £40k', 'Quoted £950 per seat', 'Call back Tuesday', 'Wants a pilot – £5k'] }, 90), 20, [{ first: 'Søren', last: 'Madsen' }, { first: 'Zoë', last: 'Muñoz' }, { first: 'Åsa', last: 'Lindqvist' }, { first: 'Niamh', last: 'Peña' }]);
    expectRead(csv(',', EN_HEADER, list.map((c) => standard(emailed(c, 'co.uk')))), 'windows-1252');
  });

  const FR: Spec = {
    first: ['Jean', 'Marie', 'Pierre', 'Nathalie', 'François', 'Isabelle', 'Jérôme', 'Sylvie', 'Stéphane', 'Céline', 'Nicolas', 'Hélène', 'Loïc', 'Gaëlle', 'Benoît', 'Sébastien', 'Émilie', 'Frédéric', 'Aurélie', 'Thierry', 'Valérie', 'Mathieu', 'Anaïs', 'Grégoire', 'Léa', 'Noël', 'Clémence', 'Raphaël'],
    last: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Légaré', 'Chevalier', 'Rivière'],
    companies: ['Transports Lefèvre SARL', 'Boulangeries Réunies SAS', 'Cabinet Mercier & Associés', 'Société Générale d’Équipement SA', 'Électricité Durand SARL', 'Pâtisserie Gourmande SAS', 'Menuiserie Bonnet Frères', 'Agence Côté Sud SAS', 'Laboratoires Hélios SA', 'Groupe Chevalier Immobilier'],
    titles: ['Directeur commercial', 'Directrice générale', 'Responsable des achats', 'Gérant', 'Chargée d’affaires', 'Ingénieur commercial', 'Responsable logistique', 'Assistante de direction', 'Directeur administratif et financier', 'Chef de projet'],
    cities: ['Paris', 'Lyon', 'Marseille', 'Besançon', 'Nîmes', 'Orléans', 'Saint-Étienne', 'Créteil', 'Béziers', 'Grenoble', 'Angoulême', 'Sète', 'Évry', 'Nantes'],
    notes: ['Intéressé – rappeler après le salon', 'Devis envoyé (12 500 €)', 'À relancer en septembre', 'Très satisfait de la démo', 'Décideur : le DAF', 'Rendez-vous pris le 3 mars à 14 h', 'Prêt à signer si remise de 10 %'],
    tld: 'fr', phone: (i) => `+33 ${1 + (i % 7)} ${digits(i, 2)} ${digits(i + 1, 2)} ${digits(i + 2, 2)} ${digits(i + 3, 2)}`,
  };

  it('French CRM export, French header, 70 rows', () => {
    expectRead(standardFile(';', ['Prénom', 'Nom', 'Société', 'Fonction', 'Ville', 'E-mail', 'Téléphone', 'Remarques'], FR, 70), 'windows-1252');
  });

  it('French list whose only letters read differently are ê (Crêperie, Vêtements, Forêt)', () => {
    const text = csv(';', ['Nom', 'Prénom', 'Société', 'Ville'], [
      ['Dupont', 'Jean', 'Crêperie du Port SARL', 'Brest'], ['Martin', 'Céline', 'Vêtements Martin SAS', 'Lyon'], ['Leroy', 'Stéphane', 'Scierie de la Forêt', 'Épinal'],
      ['Moreau', 'Sylvie', 'Pêcheries Bretonnes SA', 'Quimper'], ['Petit', 'Frédéric', 'Fenêtres & Portes Petit', 'Rennes'], ['Garnier', 'Hélène', 'Maison Garnier', 'Tours'],
    ]);
    expectRead(text, 'windows-1252');
  });

  const ES: Spec = {
    first: ['Antonio', 'María', 'José', 'Carmen', 'Manuel', 'Ana', 'Francisco', 'Laura', 'David', 'Lucía', 'Javier', 'Marta', 'Jesús', 'Elena', 'Álvaro', 'Cristina', 'Sergio', 'Paula', 'Rubén', 'Raquel', 'Íñigo', 'Begoña', 'Adrián', 'Sofía'],
    last: ['García', 'Rodríguez', 'González', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Núñez', 'Ibáñez', 'Peña', 'Castaño', 'Ortuño', 'Navarro'],
    companies: ['Construcciones Peña S.L.', 'Distribuciones Núñez S.A.', 'Grupo Logístico Ibérico S.L.', 'Talleres Muñoz e Hijos S.L.', 'Consultoría Álvarez y Asociados', 'Frutas del Campo S.A.', 'Informática Castaño S.L.U.', 'Bodegas Ortuño S.A.'],
    titles: ['Director comercial', 'Jefa de compras', 'Gerente', 'Responsable de logística', 'Director financiero', 'Técnico comercial', 'Administradora', 'Consejero delegado'],
    cities: ['Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Málaga', 'A Coruña', 'León', 'Cádiz', 'Logroño', 'Córdoba', 'Bilbao', 'Alcalá de Henares'],
    notes: ['Llamar el lunes', 'Interesado en la versión anual', 'Enviado presupuesto (3.200 €)', 'Reunión en la feria de Ifema', 'Pide descuento por volumen', 'No contesta'],
    tld: 'es', phone: (i) => `+34 6${digits(i, 2)} ${digits(i + 5, 3)} ${digits(i + 9, 3)}`,
  };
  const ES_HEADER = ['Nombre', 'Apellidos', 'Empresa', 'Cargo', 'Ciudad', 'Correo electrónico', 'Teléfono', 'Notas'];

  it('Spanish CRM export, Spanish header, 90 rows', () => {
    expectRead(standardFile(';', ES_HEADER, ES, 90), 'windows-1252');
  });

  it('Spanish list with a postal address column (“3º B”, “1ª planta”) and questions in notes (¿…?)', () => {
    const streets = ['C/ Gran Vía 28, 3º B', 'Av. de la Constitución 12, 1ª planta', 'C/ Mayor 5, 2º Izda.', 'Paseo de Gracia 74, 4º 1ª', 'C/ Serrano 45, bajo'];
    const notes = ['¿Le interesa la demo?', '¿Presupuesto para 2025?', 'Llamar el lunes', 'Nº de empleados: 120'];
    const rows = contacts({ ...ES, notes }, 50).map((c, i) => [c.first, c.last, c.company, c.title, at(streets, i), c.city, c.email, c.phone, c.note]);
    expectRead(csv(';', ['Nombre', 'Apellidos', 'Empresa', 'Cargo', 'Dirección', 'Ciudad', 'Correo electrónico', 'Teléfono', 'Notas'], rows), 'windows-1252');
  });

  const PT: Spec = {
    first: ['João', 'Maria', 'José', 'Ana', 'António', 'Conceição', 'Luís', 'Inês', 'Gonçalo', 'Sónia', 'Rui', 'Fátima', 'Sebastião', 'Margarida', 'Estêvão', 'Célia', 'Tomás', 'Leonor'],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues', 'Martins', 'Gonçalves', 'Magalhães', 'Simões', 'Guimarães', 'Conceição', 'Fonseca', 'Lourenço', 'Brandão', 'Leitão', 'Valadão', 'Gomes', 'Romão'],
    companies: ['Construções Leitão, Lda.', 'Transportes Simões & Filhos, Lda.', 'Magalhães Comércio de Vinhos, S.A.', 'Farmácia Brandão', 'Gonçalves Informática, Unipessoal Lda.', 'Têxteis do Minho, S.A.', 'Padaria São João, Lda.'],
    titles: ['Diretor Comercial', 'Gerente', 'Responsável de Compras', 'Diretora Financeira', 'Técnico Comercial', 'Administrador', 'Gestora de Conta'],
    cities: ['Lisboa', 'Porto', 'Braga', 'Setúbal', 'Évora', 'Guimarães', 'Coimbra', 'Viseu', 'Faro', 'Póvoa de Varzim', 'Vila Nova de Famalicão'],
    notes: ['Reunião agendada para terça', 'Pediu orçamento (2.500 €)', 'Ligar depois das férias', 'Decisão em Março', 'Cliente antigo – muito satisfeito'],
    tld: 'pt', phone: (i) => `+351 9${digits(i, 2)} ${digits(i + 4, 3)} ${digits(i + 8, 3)}`,
  };

  it('Portuguese (Portugal) CRM export, Portuguese header, 80 rows', () => {
    expectRead(standardFile(';', ['Nome', 'Apelido', 'Empresa', 'Cargo', 'Localidade', 'E-mail', 'Telefone', 'Observações'], PT, 80), 'windows-1252');
  });

  it('Portuguese list with a “Morada” column (“2º Esq.”, “Nº”)', () => {
    const streets = ['Rua Augusta, 45, 2º Esq.', 'Av. da Liberdade, 110, 5º Dto.', 'Rua de Santa Catarina, 300, 1º', 'Praça do Comércio, 12, R/C', 'Rua do Ouro, 8, 3º Frente'];
    const rows = contacts(PT, 40).map((c, i) => [c.first, c.last, c.company, at(streets, i), c.city, c.email, c.phone]);
    expectRead(csv(';', ['Nome', 'Apelido', 'Empresa', 'Morada', 'Localidade', 'E-mail', 'Telefone'], rows), 'windows-1252');
  });

  it('Brazilian list (Ltda., São Paulo, Gerência, você in notes), 60 rows', () => {
    const BR: Spec = { ...PT,
      first: ['João', 'Ana', 'Luiz', 'Fernanda', 'Antônio', 'Juliana', 'Marcos', 'Patrícia', 'Sebastião', 'Letícia', 'Vinícius', 'Mônica', 'Flávio', 'Cecília'],
      last: ['Silva', 'Souza', 'Oliveira', 'Lima', 'Araújo', 'Gonçalves', 'Magalhães', 'Simões', 'Conceição', 'Assunção', 'Brandão', 'Nogueira'],
      companies: ['Distribuidora Paulista Ltda.', 'Comércio de Alimentos Conceição Ltda.', 'Magalhães Engenharia S.A.', 'Tecnologia Simões Ltda. ME', 'Transportadora Brandão Ltda.'],
      titles: ['Gerente Comercial', 'Gerência de Contas', 'Diretor de Operações', 'Coordenadora de Compras', 'Analista de Suprimentos', 'Sócio-Diretor'],
      cities: ['São Paulo', 'Rio de Janeiro', 'Brasília', 'Belém', 'Florianópolis', 'Goiânia', 'Curitiba', 'São José dos Campos', 'Ribeirão Preto', 'Maceió'],
      notes: ['Você pode ligar após as 14h', 'Reunião na próxima terça', 'Pediu proposta – R$ 15 mil', 'Não atende, mandar WhatsApp'],
      tld: 'com.br', phone: (i) => `+55 11 9${digits(i, 4)}-${digits(i + 3, 4)}` };
    expectRead(standardFile(';', ['Nome', 'Sobrenome', 'Empresa', 'Cargo', 'Cidade', 'E-mail', 'Telefone', 'Observações'], BR, 60), 'windows-1252');
  });

  it('Italian CRM export (S.r.l., Niccolò, Forlì, lunedì in notes), 70 rows', () => {
    const IT: Spec = {
      first: ['Giuseppe', 'Maria', 'Giovanni', 'Anna', 'Antonio', 'Francesca', 'Mario', 'Chiara', 'Luca', 'Giulia', 'Niccolò', 'Federica', 'Andrea', 'Elisa', 'Nicolò', 'Alessandra', 'Stefano', 'Valentina'],
      last: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti'],
      companies: ['Rossi Impianti S.r.l.', 'Officine Meccaniche Bianchi S.p.A.', 'Ferrari Logistica S.r.l.', 'Gruppo Colombo S.p.A.', 'Studio Marino & Associati', 'Greco Alimentari S.n.c.', 'Conti Arredamenti S.r.l.'],
      titles: ['Direttore commerciale', 'Responsabile acquisti', 'Amministratore delegato', 'Titolare', 'Responsabile IT', 'Area manager', 'Impiegata amministrativa'],
      cities: ['Milano', 'Roma', 'Torino', 'Napoli', 'Bologna', 'Forlì', 'Cantù', 'Firenze', 'Verona', 'Padova', 'Brescia', 'Bergamo'],
      notes: ['Richiamare lunedì', 'Preventivo inviato, in attesa', 'Vuole più informazioni sul prezzo', 'Incontro già fissato', 'Perché non risponde? Riprovare', 'Interessato alla città di Bari'],
      tld: 'it', phone: (i) => `+39 3${digits(i, 2)} ${digits(i + 2, 3)} ${digits(i + 7, 4)}`,
    };
    expectRead(standardFile(';', ['Nome', 'Cognome', 'Azienda', 'Ruolo', 'Città', 'Email', 'Telefono', 'Note'], IT, 70), 'windows-1252');
  });

  it('German CRM export (GmbH, Müller, Straße, „Anführungszeichen“), 100 rows: every letter reads the same in windows-1250', () => {
    const DE: Spec = {
      first: ['Thomas', 'Sabine', 'Michael', 'Andrea', 'Andreas', 'Claudia', 'Jürgen', 'Birgit', 'Stefan', 'Petra', 'Jörg', 'Ute', 'Matthias', 'Katrin', 'Björn', 'Günter', 'Dörte', 'Uwe', 'Sören', 'Jens'],
      last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Krüger', 'Hartmann', 'Lange', 'Weiß', 'Köhler', 'Groß'],
      companies: ['Müller Maschinenbau GmbH', 'Schröder & Söhne KG', 'Bäckerei Weiß GmbH', 'Krüger Logistik GmbH & Co. KG', 'Hoffmann Elektrotechnik AG', 'Köhler Gebäudereinigung GmbH', 'Groß IT-Service e.K.'],
      titles: ['Geschäftsführer', 'Vertriebsleiterin', 'Einkaufsleiter', 'Prokurist', 'Leiter IT', 'Assistentin der Geschäftsführung', 'Technischer Leiter'],
      cities: ['München', 'Köln', 'Düsseldorf', 'Nürnberg', 'Hamburg', 'Berlin', 'Stuttgart', 'Frankfurt am Main', 'Lübeck', 'Osnabrück', 'Würzburg', 'Göttingen'],
      notes: ['Rückruf erwünscht', 'Angebot über 12.000 € geschickt', '„Kein Bedarf“ – in 6 Monaten nochmal', 'Termin auf der Messe vereinbart', 'Größere Bestellung möglich'],
      tld: 'de', phone: (i) => `+49 ${30 + (i % 60)} ${digits(i, 7)}`,
    };
    expectRead(standardFile(';', ['Vorname', 'Nachname', 'Firma', 'Position', 'Ort', 'E-Mail', 'Telefon', 'Notiz'], DE, 100), 'windows-1252', ['windows-1250']);
  });

  it('Dutch CRM export (B.V., van den Berg, Anaïs, België), 60 rows', () => {
    const NL: Spec = {
      first: ['Jan', 'Sanne', 'Pieter', 'Anouk', 'Dirk', 'Femke', 'Bram', 'Anaïs', 'Joost', 'Eline', 'Daan', 'Noë', 'Sven', 'Loïs'],
      last: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos'],
      companies: ['Bakker Installatietechniek B.V.', 'Visser Transport B.V.', 'De Groot & Zonen', 'Mulder Bouw N.V.', 'Coöperatie Zuidvruchten U.A.', 'Smit Logistiek B.V.'],
      titles: ['Directeur', 'Inkoper', 'Accountmanager', 'Hoofd verkoop', 'Office manager', 'Financieel directeur'],
      cities: ['Amsterdam', 'Rotterdam', 'Den Haag', 'Utrecht', 'Eindhoven', "'s-Hertogenbosch", 'Groningen', 'Antwerpen (België)', 'Maastricht'],
      notes: ['Terugbellen na de zomer', 'Offerte verstuurd: € 8.400', 'Geïnteresseerd in een proef', 'Beslisser is de eigenaar'],
      tld: 'nl', phone: (i) => `+31 6 ${digits(i, 8)}`,
    };
    expectRead(standardFile(';', ['Voornaam', 'Achternaam', 'Bedrijf', 'Functie', 'Plaats', 'E-mail', 'Telefoon', 'Opmerkingen'], NL, 60), 'windows-1252');
  });

  it('Danish CRM export (ApS, Jørgensen, Kjær, Næstved), 70 rows', () => {
    const DK: Spec = {
      first: ['Lars', 'Mette', 'Søren', 'Anne', 'Jens', 'Lærke', 'Mads', 'Camilla', 'Rasmus', 'Sofie', 'Bjørn', 'Helle', 'Frederik', 'Åse'],
      last: ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Jørgensen', 'Sørensen', 'Møller', 'Kjær', 'Bækgaard', 'Nørgaard', 'Kjærsgaard', 'Lund', 'Holm', 'Søndergaard', 'Mærsk'],
      companies: ['Jørgensen Byg ApS', 'Nordisk Fragt A/S', 'Møller & Sønner ApS', 'Kjær Revision A/S', 'Bækgaard Maskiner ApS', 'Hvidbæk Fødevarer A/S'],
      titles: ['Administrerende direktør', 'Salgschef', 'Indkøbschef', 'Økonomichef', 'Key account manager', 'Projektleder'],
      cities: ['København', 'Aarhus', 'Odense', 'Aalborg', 'Næstved', 'Køge', 'Vejle', 'Herning', 'Hillerød', 'Græsted'],
      notes: ['Ring tilbage efter sommerferien', 'Tilbud sendt – 45.000 kr.', 'Ønsker demo i næste uge', 'Beslutningstager er ejeren'],
      tld: 'dk', phone: (i) => `+45 ${digits(i, 2)} ${digits(i + 1, 2)} ${digits(i + 2, 2)} ${digits(i + 3, 2)}`,
    };
    expectRead(standardFile(';', ['Fornavn', 'Efternavn', 'Firma', 'Stilling', 'By', 'E-mail', 'Telefon', 'Noter'], DK, 70), 'windows-1252');
  });

  it('Norwegian list (AS, Øyvind, Sæther, Bærum), 50 rows', () => {
    const NO: Spec = {
      first: ['Ole', 'Ingrid', 'Øyvind', 'Kari', 'Håkon', 'Silje', 'Kåre', 'Marte', 'Pål', 'Åse', 'Bjørn', 'Tone'],
      last: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Sæther', 'Bråten', 'Haugen', 'Dæhlie', 'Solbakken', 'Ødegård', 'Næss', 'Berg'],
      companies: ['Sæther Bygg AS', 'Nordlys Energi ASA', 'Haugen Transport AS', 'Bærum Regnskap AS', 'Fjordkraft Service AS'],
      titles: ['Daglig leder', 'Salgssjef', 'Innkjøpssjef', 'Økonomisjef', 'Prosjektleder'],
      cities: ['Oslo', 'Bergen', 'Trondheim', 'Bærum', 'Tromsø', 'Ålesund', 'Bodø', 'Stavanger', 'Drammen', 'Lørenskog'],
      notes: ['Ring igjen i august', 'Ønsker tilbud på 20 lisenser', 'Møte avtalt', 'Ikke interessert nå'],
      tld: 'no', phone: (i) => `+47 ${digits(i, 3)} ${digits(i + 2, 2)} ${digits(i + 5, 3)}`,
    };
    expectRead(standardFile(';', ['Fornavn', 'Etternavn', 'Firma', 'Stilling', 'Sted', 'E-post', 'Telefon', 'Notater'], NO, 50), 'windows-1252');
  });

  it('Swedish list (AB, Åsa, Källström, Västerås), 50 rows', () => {
    const SE: Spec = {
      first: ['Anders', 'Åsa', 'Johan', 'Karin', 'Lars', 'Märta', 'Björn', 'Annika', 'Göran', 'Maja', 'Örjan', 'Elin'],
      last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Öberg', 'Källström', 'Ångström', 'Lindqvist', 'Sjöberg', 'Åberg'],
      companies: ['Källström Bygg AB', 'Nordisk Logistik AB', 'Sjöberg & Söner AB', 'Åberg Konsult AB', 'Öresund Fastigheter AB'],
      titles: ['VD', 'Försäljningschef', 'Inköpschef', 'Ekonomichef', 'Projektledare', 'Kundansvarig'],
      cities: ['Stockholm', 'Göteborg', 'Malmö', 'Västerås', 'Örebro', 'Jönköping', 'Linköping', 'Umeå', 'Norrköping', 'Gävle'],
      notes: ['Ring efter semestern', 'Offert skickad – 120 000 kr', 'Vill ha demo på måndag', 'Beslutsfattare: VD'],
      tld: 'se', phone: (i) => `+46 70 ${digits(i, 3)} ${digits(i + 4, 2)} ${digits(i + 6, 2)}`,
    };
    expectRead(standardFile(';', ['Förnamn', 'Efternamn', 'Företag', 'Titel', 'Ort', 'E-post', 'Telefon', 'Anteckningar'], SE, 50), 'windows-1252');
  });

  it('Finnish list (Oy, Mäkinen, Hämeenlinna): every letter reads the same in windows-1250', () => {
    const FI: Spec = {
      first: ['Mikko', 'Päivi', 'Jari', 'Sari', 'Jyrki', 'Tiina', 'Väinö', 'Leena'], last: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Järvinen'],
      companies: ['Mäkinen Rakennus Oy', 'Pohjolan Kuljetus Oy', 'Järvinen Konsultointi Oy', 'Suomen Sähkö Oyj'], titles: ['Toimitusjohtaja', 'Myyntipäällikkö', 'Ostopäällikkö', 'Talouspäällikkö'],
      cities: ['Helsinki', 'Espoo', 'Tampere', 'Hämeenlinna', 'Jyväskylä', 'Oulu', 'Turku'], notes: ['Soita elokuussa', 'Tarjous lähetetty', 'Tapaaminen sovittu'],
      tld: 'fi', phone: (i) => `+358 40 ${digits(i, 7)}`,
    };
    expectRead(standardFile(';', ['Etunimi', 'Sukunimi', 'Yritys', 'Titteli', 'Kaupunki', 'Sähköposti', 'Puhelin', 'Muistiinpanot'], FI, 40), 'windows-1252', ['windows-1250']);
  });
});

// ---------------------------------------------------------------------------------------------
// Central European (windows-1250)

const PL: Spec = {
  first: ['Anna', 'Piotr', 'Katarzyna', 'Krzysztof', 'Małgorzata', 'Andrzej', 'Agnieszka', 'Tomasz', 'Barbara', 'Paweł', 'Ewa', 'Michał', 'Magdalena', 'Łukasz', 'Joanna', 'Grzegorz', 'Żaneta', 'Jarosław', 'Dorota', 'Wojciech', 'Beata', 'Maciej', 'Jolanta', 'Bartłomiej', 'Elżbieta', 'Mikołaj'],
  last: ['Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymańska', 'Woźniak', 'Dąbrowski', 'Kozłowska', 'Jankowski', 'Mazur', 'Kwiatkowska', 'Krawczyk', 'Piotrowski', 'Grabowska', 'Nowakowski', 'Pawłowska', 'Michalski', 'Król', 'Wieczorek', 'Jabłoński', 'Wróbel', 'Górecka', 'Sikora', 'Żak', 'Bąk', 'Chmielewski'],
  companies: ['Budimex S.A.', 'Zakłady Mięsne Łuków Sp. z o.o.', 'Przedsiębiorstwo Handlowe Mazur s.c.', 'Drukarnia Świt Sp. z o.o.', 'Transport Wróbel Sp.j.', 'Kancelaria Dąbrowski i Wspólnicy sp.k.', 'Hurtownia Żabka Sp. z o.o.', 'Piekarnia Górecka', 'Fabryka Mebli Jabłoński S.A.', 'Stocznia Gdańska S.A.'],
  titles: ['Prezes Zarządu', 'Dyrektor handlowy', 'Kierownik działu zakupów', 'Specjalista ds. sprzedaży', 'Główna księgowa', 'Właściciel', 'Kierownik logistyki', 'Asystentka zarządu', 'Członek Zarządu', 'Dyrektorka finansowa'],
  cities: ['Warszawa', 'Kraków', 'Łódź', 'Wrocław', 'Poznań', 'Gdańsk', 'Szczecin', 'Bydgoszcz', 'Lublin', 'Białystok', 'Katowice', 'Częstochowa', 'Rzeszów', 'Toruń', 'Kielce', 'Zielona Góra'],
  notes: ['Oddzwonić w poniedziałek', 'Wysłana oferta – 12 000 zł netto', 'Zainteresowany wersją roczną', 'Spotkanie na targach w Poznaniu', 'Decyzja po nowym roku', 'Nie odbiera, napisać maila'],
  tld: 'pl', phone: (i) => `+48 ${500 + (i % 300)} ${digits(i, 3)} ${digits(i + 3, 3)}`,
};
const PL_HEADER = ['Imię', 'Nazwisko', 'Firma', 'Stanowisko', 'Miasto', 'E-mail', 'Telefon', 'Uwagi'];

const CZ: Spec = {
  first: ['Jan', 'Jiří', 'Petr', 'Jana', 'Josef', 'Marie', 'Pavel', 'Eva', 'Martin', 'Hana', 'Tomáš', 'Lenka', 'Jaroslav', 'Kateřina', 'Miroslav', 'Věra', 'Zdeněk', 'Lucie', 'Václav', 'Alena', 'Michal', 'Petra', 'František', 'Zdeňka', 'Lukáš', 'Tereza'],
  last: ['Novák', 'Svoboda', 'Novotný', 'Dvořák', 'Černý', 'Procházka', 'Kučera', 'Veselý', 'Horák', 'Němec', 'Pokorný', 'Marek', 'Pospíšil', 'Hájek', 'Jelínek', 'Král', 'Růžička', 'Beneš', 'Fiala', 'Sedláček', 'Doležal', 'Zeman', 'Kolář', 'Navrátil', 'Čermák', 'Vaněk', 'Urban', 'Blažek', 'Kříž', 'Kovář'],
  companies: ['Stavby Dvořák s.r.o.', 'Kovárna Černý a syn s.r.o.', 'ČEZ Prodej, a.s.', 'Pekárna U Kolářů s.r.o.', 'Strojírny Třebíč a.s.', 'Účetnictví Novotná s.r.o.', 'Doprava Kučera s.r.o.', 'Tiskárna Hájek spol. s r.o.'],
  titles: ['Jednatel', 'Obchodní ředitel', 'Vedoucí nákupu', 'Ředitelka', 'Manažer prodeje', 'Účetní', 'Technický ředitel', 'Asistentka'],
  cities: ['Praha', 'Brno', 'Ostrava', 'Plzeň', 'Liberec', 'Olomouc', 'České Budějovice', 'Hradec Králové', 'Ústí nad Labem', 'Pardubice', 'Zlín', 'Třebíč', 'Děčín', 'Kroměříž'],
  notes: ['Zavolat příští týden', 'Poslána nabídka na 250 000 Kč', 'Má zájem o roční licenci', 'Schůzka na veletrhu v Brně', 'Rozhoduje jednatel'],
  tld: 'cz', phone: (i) => `+420 ${600 + (i % 200)} ${digits(i, 3)} ${digits(i + 2, 3)}`,
};

const HU: Spec = {
  first: ['László', 'Zoltán', 'Gábor', 'Éva', 'Péter', 'Katalin', 'Erzsébet', 'Ferenc', 'Ildikó', 'Zsuzsanna', 'István', 'Tibor', 'Andrea', 'Attila', 'Gyula', 'Krisztina', 'Ágnes', 'Csaba', 'Judit', 'Balázs', 'Réka', 'Ádám', 'Győző', 'Lőrinc', 'Dániel', 'Nóra'],
  last: ['Nagy', 'Kovács', 'Tóth', 'Szabó', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp', 'Takács', 'Juhász', 'Lakatos', 'Mészáros', 'Oláh', 'Simon', 'Rácz', 'Fekete', 'Szilágyi', 'Török', 'Fehér', 'Szűcs', 'Erdős', 'Szőke', 'Hegedűs', 'Kőszegi', 'Győri', 'Bíró'],
  companies: ['Kovács és Társa Kft.', 'Magyar Építő Zrt.', 'Szőke Műszaki Kft.', 'Tóth Fuvarozó Bt.', 'Dunai Élelmiszer Kft.', 'Erdős Informatika Kft.', 'Hegedűs Pékség Kft.', 'Pannon Gépgyártó Nyrt.'],
  titles: ['Ügyvezető', 'Értékesítési vezető', 'Beszerzési vezető', 'Műszaki igazgató', 'Pénzügyi igazgató', 'Kereskedelmi igazgató', 'Irodavezető', 'Tulajdonos'],
  cities: ['Budapest', 'Debrecen', 'Szeged', 'Miskolc', 'Pécs', 'Győr', 'Nyíregyháza', 'Kecskemét', 'Székesfehérvár', 'Szombathely', 'Hódmezővásárhely', 'Veszprém', 'Érd', 'Sopron'],
  notes: ['Hétfőn visszahívni', 'Árajánlat elküldve (1,2 M Ft)', 'Érdeklődik az éves licenc iránt', 'Találkozó a vásáron', 'Döntéshozó az ügyvezető'],
  tld: 'hu', phone: (i) => `+36 ${20 + (i % 3) * 10} ${digits(i, 3)} ${digits(i + 4, 4)}`,
};

const RO: Spec = {
  first: ['Andrei', 'Maria', 'Alexandru', 'Elena', 'Ştefan', 'Ioana', 'Mihai', 'Ana', 'Răzvan', 'Mădălina', 'Cristian', 'Andreea', 'Bogdan', 'Cătălina', 'Ionuţ', 'Alina', 'Florin', 'Roxana', 'Dănuţ', 'Oana'],
  last: ['Popescu', 'Ionescu', 'Popa', 'Pop', 'Niţă', 'Constantin', 'Dumitru', 'Stan', 'Stoica', 'Gheorghe', 'Matei', 'Ciobanu', 'Rădulescu', 'Ştefănescu', 'Munteanu', 'Mărginean', 'Lăzărescu', 'Ţăranu', 'Bălan', 'Mândru', 'Dobre', 'Neagu'],
  companies: ['Construcţii Moldova SRL', 'Brăila Prod SRL', 'Transport Ştefănescu SRL', 'Pâine şi Lapte SA', 'Agro Bărăgan SRL', 'Tipografia Mureş SRL', 'Distribuţie Oltenia SA'],
  titles: ['Administrator', 'Director vânzări', 'Director general', 'Manager achiziţii', 'Contabil şef', 'Reprezentant vânzări', 'Director financiar', 'Asistent manager'],
  cities: ['Bucureşti', 'Cluj-Napoca', 'Timişoara', 'Iaşi', 'Constanţa', 'Craiova', 'Braşov', 'Galaţi', 'Ploieşti', 'Oradea', 'Brăila', 'Piteşti', 'Târgu Mureş', 'Râmnicu Vâlcea'],
  notes: ['De sunat luni', 'Ofertă trimisă – 15.000 lei', 'Interesat de licenţa anuală', 'Întâlnire la târg', 'Decide administratorul'],
  tld: 'ro', phone: (i) => `+40 7${digits(i, 2)} ${digits(i + 1, 3)} ${digits(i + 6, 3)}`,
};

describe('Central European lists (windows-1250)', () => {
  it('Polish CRM export, Polish header, 150 rows', () => {
    expectRead(standardFile(';', PL_HEADER, PL, 150), 'windows-1250');
  });

  it("a Polish rep's list with some German and French contacts (Müller, Schröder, François, Jérôme)", () => {
    const list = withSome(contacts(PL, 80), 4, [
      { first: 'Jürgen', last: 'Müller', company: 'Müller Maschinenbau GmbH', city: 'München' },
      { first: 'François', last: 'Dubois', company: 'Transports Dubois SARL', city: 'Besançon' },
      { first: 'Sabine', last: 'Schröder', company: 'Schröder & Söhne KG', city: 'Köln' },
      { first: 'Jérôme', last: 'Côté', company: 'Société Générale d’Équipement SA', city: 'Orléans' },
      { first: 'Günter', last: 'Weiß', company: 'Bäckerei Weiß GmbH', city: 'Düsseldorf' },
    ]);
    expectRead(csv(';', PL_HEADER, list.map((c) => standard(emailed(c, 'eu')))), 'windows-1250');
  });

  it('a Polish list in capitals (ŁÓDŹ, WIŚNIEWSKA, SP. Z O.O.), 40 rows', () => {
    const rows = contacts(PL, 40).map((c) => [c.first.toUpperCase(), c.last.toUpperCase(), c.company.toUpperCase(), c.city.toUpperCase(), c.email, c.phone]);
    expectRead(csv(';', ['IMIĘ', 'NAZWISKO', 'FIRMA', 'MIASTO', 'E-MAIL', 'TELEFON'], rows), 'windows-1250');
  });

  it("a Polish rep's English-header export, mostly English names, a few Polish ones", () => {
    const list = withSome(contacts(US, 60), 10, [
      { first: 'Łukasz', last: 'Wiśniewski', city: 'Kraków' }, { first: 'Małgorzata', last: 'Nowak', city: 'Gdańsk' }, { first: 'Paweł', last: 'Kowalczyk', city: 'Poznań' },
    ]);
    expectRead(csv(',', EN_HEADER, list.map((c) => standard(emailed(c, 'com')))), 'windows-1250');
  });

  it('a short Polish file: one accented word', () => {
    expectRead('Imię;Nazwisko;Firma\r\nAnna;Nowak;ABC Sp. z o.o.\r\nJan;Kowalski;XYZ S.A.\r\n', 'windows-1250');
  });

  it('a short Polish file: only ś and ź (Kościelna, Kuźnia)', () => {
    expectRead('Name;Company\r\nAnna Kościelna;Kuźnia Smaku\r\nJan Nowak;Acme\r\n', 'windows-1250');
  });

  it('Czech CRM export, Czech header, 80 rows', () => {
    expectRead(standardFile(';', ['Jméno', 'Příjmení', 'Společnost', 'Pozice', 'Město', 'E-mail', 'Telefon', 'Poznámka'], CZ, 80), 'windows-1250');
  });

  it('a short Czech file (Dvořák, Plzeň)', () => {
    expectRead('Jméno;Firma;Město\r\nAntonín Dvořák;Dvořák Stavby s.r.o.;Plzeň\r\nPetr Černý;Černý a syn;Brno\r\n', 'windows-1250');
  });

  it('Slovak CRM export (Ľubomír, riaditeľ, Piešťany), 60 rows', () => {
    const SK: Spec = {
      first: ['Peter', 'Mária', 'Ján', 'Zuzana', 'Ľubomír', 'Katarína', 'Juraj', 'Jana', 'Ľudovít', 'Lucia', 'Martin', 'Ľubica', 'Tomáš', 'Veronika'],
      last: ['Horváth', 'Kováč', 'Varga', 'Tóth', 'Nagy', 'Baláž', 'Szabó', 'Molnár', 'Lukáč', 'Novák', 'Kollár', 'Hudák', 'Šimko', 'Ďurica', 'Král'],
      companies: ['Stavebniny Kováč s.r.o.', 'Slovenské elektrárne, a.s.', 'Doprava Hudák s.r.o.', 'Pekáreň Ľubica s.r.o.', 'Tlačiareň Považie a.s.'],
      titles: ['Konateľ', 'Obchodný riaditeľ', 'Vedúci nákupu', 'Riaditeľka', 'Manažér predaja', 'Účtovníčka'],
      cities: ['Bratislava', 'Košice', 'Prešov', 'Žilina', 'Nitra', 'Banská Bystrica', 'Trnava', 'Trenčín', 'Piešťany', 'Poprad', 'Ružomberok'],
      notes: ['Zavolať budúci týždeň', 'Poslaná ponuka', 'Má záujem o ročnú licenciu', 'Stretnutie na veľtrhu'],
      tld: 'sk', phone: (i) => `+421 9${digits(i, 2)} ${digits(i + 3, 3)} ${digits(i + 5, 3)}`,
    };
    expectRead(standardFile(';', ['Meno', 'Priezvisko', 'Spoločnosť', 'Pozícia', 'Mesto', 'E-mail', 'Telefón', 'Poznámka'], SK, 60), 'windows-1250');
  });

  it('Hungarian CRM export, Hungarian header, 80 rows', () => {
    const rows = contacts(HU, 80).map((c) => [c.last, c.first, c.company, c.title, c.city, c.email, c.phone, c.note]);
    expectRead(csv(';', ['Vezetéknév', 'Keresztnév', 'Cég', 'Beosztás', 'Település', 'E-mail', 'Telefon', 'Megjegyzés'], rows), 'windows-1250');
  });

  it('Romanian CRM export (cedilla ş ţ), Romanian header, 80 rows', () => {
    expectRead(standardFile(';', ['Prenume', 'Nume', 'Companie', 'Funcţie', 'Oraş', 'E-mail', 'Telefon', 'Observaţii'], RO, 80), 'windows-1250');
  });

  it('a Romanian list with only ă â î (Brătianu, Mândru, Bălan)', () => {
    expectRead('Nume,Companie,Oras\r\nIon Brătianu,Agro Bărăgan SRL,Brăila\r\nMaria Mândru,Pâine Bună SRL,Bacău\r\nDan Bălan,Vâlcea Trans SRL,Râmnicu Vâlcea\r\n', 'windows-1250');
  });

  it('Croatian CRM export (d.o.o., Kovačević, Đakovo), 60 rows', () => {
    const HR: Spec = {
      first: ['Ivan', 'Marko', 'Ana', 'Petra', 'Luka', 'Ivana', 'Josip', 'Marija', 'Tomislav', 'Katarina', 'Krešimir', 'Željko', 'Dražen', 'Đurđica', 'Mateja', 'Zvonimir'],
      last: ['Horvat', 'Kovačević', 'Babić', 'Marić', 'Jurić', 'Novak', 'Knežević', 'Vuković', 'Marković', 'Petrović', 'Matić', 'Tomić', 'Pavlović', 'Božić', 'Kovač', 'Grgić', 'Šarić', 'Filipović'],
      companies: ['Građevina Horvat d.o.o.', 'Končar d.d.', 'Pekara Babić d.o.o.', 'Prijevoz Jurić d.o.o.', 'Tiskara Marić d.o.o.'],
      titles: ['Direktor', 'Direktorica prodaje', 'Voditelj nabave', 'Komercijalist', 'Voditeljica računovodstva', 'Prokurist'],
      cities: ['Zagreb', 'Split', 'Rijeka', 'Osijek', 'Zadar', 'Varaždin', 'Šibenik', 'Čakovec', 'Đakovo', 'Slavonski Brod', 'Požega'],
      notes: ['Nazvati u ponedjeljak', 'Poslana ponuda', 'Zainteresiran za godišnju licencu', 'Sastanak na sajmu'],
      tld: 'hr', phone: (i) => `+385 9${i % 9} ${digits(i, 3)} ${digits(i + 3, 4)}`,
    };
    expectRead(standardFile(';', ['Ime', 'Prezime', 'Tvrtka', 'Funkcija', 'Grad', 'E-mail', 'Telefon', 'Napomena'], HR, 60), 'windows-1250');
  });

  it('Slovenian CRM export (d.o.o., Zupančič, Kočevje), 60 rows', () => {
    const SI: Spec = {
      first: ['Franc', 'Janez', 'Marija', 'Ana', 'Marko', 'Maja', 'Andrej', 'Irena', 'Tomaž', 'Mojca', 'Matej', 'Špela', 'Luka', 'Urška', 'Jožef', 'Nataša'],
      last: ['Novak', 'Horvat', 'Kovačič', 'Krajnc', 'Zupančič', 'Potočnik', 'Kovač', 'Mlakar', 'Kos', 'Vidmar', 'Golob', 'Turk', 'Božič', 'Kralj', 'Hočevar', 'Korošec', 'Klemenčič', 'Žagar', 'Košir', 'Pečnik'],
      companies: ['Gradbeništvo Kovačič d.o.o.', 'Mlinotest d.d.', 'Prevozi Potočnik s.p.', 'Tiskarna Hočevar d.o.o.', 'Pekarna Zupančič d.o.o.'],
      titles: ['Direktor', 'Vodja prodaje', 'Vodja nabave', 'Komercialist', 'Računovodja', 'Tehnični direktor', 'Prokurist'],
      cities: ['Ljubljana', 'Maribor', 'Celje', 'Kranj', 'Velenje', 'Koper', 'Novo mesto', 'Ptuj', 'Kočevje', 'Črnomelj', 'Škofja Loka', 'Murska Sobota'],
      notes: ['Pokličite v ponedeljek', 'Poslana ponudba', 'Zanima ga letna licenca', 'Sestanek na sejmu'],
      tld: 'si', phone: (i) => `+386 4${i % 10} ${digits(i, 3)} ${digits(i + 4, 3)}`,
    };
    expectRead(standardFile(';', ['Ime', 'Priimek', 'Podjetje', 'Funkcija', 'Kraj', 'E-pošta', 'Telefon', 'Opombe'], SI, 60), 'windows-1250');
  });
});

// ---------------------------------------------------------------------------------------------
// Cyrillic (windows-1251)

const RU: Spec = {
  first: ['Александр', 'Елена', 'Дмитрий', 'Ольга', 'Сергей', 'Наталья', 'Андрей', 'Татьяна', 'Алексей', 'Ирина', 'Михаил', 'Светлана', 'Владимир', 'Юлия', 'Евгений', 'Анна', 'Игорь', 'Мария', 'Артём', 'Ксения'],
  last: ['Иванов', 'Смирнова', 'Кузнецов', 'Попова', 'Васильев', 'Петрова', 'Соколов', 'Михайлова', 'Новиков', 'Фёдорова', 'Морозов', 'Волкова', 'Алексеев', 'Лебедева', 'Семёнов', 'Егорова', 'Павлов', 'Козлова', 'Степанов', 'Николаева'],
  companies: ['ООО «Ромашка»', 'АО «Северсталь»', 'ПАО «Газпром нефть»', 'ООО «Торговый дом Восток»', 'ИП Кузнецов А. В.', 'ООО «СтройИнвест»', 'ЗАО «Уралмаш»', 'ООО «Логистик Плюс»'],
  titles: ['Генеральный директор', 'Коммерческий директор', 'Менеджер по продажам', 'Руководитель отдела закупок', 'Главный бухгалтер', 'Начальник отдела логистики', 'Специалист по закупкам'],
  cities: ['Москва', 'Санкт-Петербург', 'Новосибирск', 'Екатеринбург', 'Казань', 'Нижний Новгород', 'Челябинск', 'Самара', 'Ростов-на-Дону', 'Уфа', 'Краснодар', 'Пермь'],
  notes: ['Перезвонить в понедельник', 'Отправлено КП на 450 000 руб.', 'Интересует годовая лицензия', 'Встреча на выставке', 'ЛПР – генеральный директор'],
  tld: 'ru', phone: (i) => `+7 9${digits(i, 2)} ${digits(i + 1, 3)}-${digits(i + 4, 2)}-${digits(i + 7, 2)}`,
  domain: (c) => ['romashka', 'severstal', 'gazprom-neft', 'td-vostok', 'mail', 'stroyinvest', 'uralmash', 'logistic-plus'][RU_COMPANIES_INDEX(c)]!,
};
function RU_COMPANIES_INDEX(c: string) { return Math.max(0, ['ООО «Ромашка»', 'АО «Северсталь»', 'ПАО «Газпром нефть»', 'ООО «Торговый дом Восток»', 'ИП Кузнецов А. В.', 'ООО «СтройИнвест»', 'ЗАО «Уралмаш»', 'ООО «Логистик Плюс»'].indexOf(c)); }

describe('Cyrillic lists (windows-1251)', () => {
  it('Russian CRM export, Russian header, 150 rows', () => {
    expectRead(standardFile(';', ['Имя', 'Фамилия', 'Компания', 'Должность', 'Город', 'E-mail', 'Телефон', 'Примечание'], RU, 150), 'windows-1251');
  });

  it('a Russian list with an English header and Latin company names', () => {
    const rows = contacts({ ...RU, companies: ['Yandex LLC', 'ООО «Ромашка»', 'Kaspersky Lab', 'АО «Северсталь»', 'SberTech'] }, 40).map(standard);
    expectRead(csv(',', EN_HEADER, rows), 'windows-1251');
  });

  it('a Russian list in capitals (ИВАНОВ, ООО «РОМАШКА»)', () => {
    const rows = contacts(RU, 30).map((c) => [c.last.toUpperCase(), c.first.toUpperCase(), c.company.toUpperCase(), c.city.toUpperCase(), c.phone]);
    expectRead(csv(';', ['ФАМИЛИЯ', 'ИМЯ', 'КОМПАНИЯ', 'ГОРОД', 'ТЕЛЕФОН'], rows), 'windows-1251');
  });

  it('a short Russian file (one city)', () => {
    expectRead('Name;City\r\nIvan Petrov;Москва\r\n', 'windows-1251');
  });

  it('Ukrainian CRM export (і ї є ґ), Ukrainian header, 80 rows', () => {
    const UA: Spec = {
      first: ['Олександр', 'Олена', 'Андрій', 'Ірина', 'Сергій', 'Наталія', 'Юрій', 'Оксана', 'Віталій', 'Тетяна', 'Ігор', 'Катерина', 'Євген', 'Світлана', 'Дмитро', 'Ганна', 'Богдан', 'Галина', 'Тарас', 'Софія'],
      last: ['Шевченко', 'Коваленко', 'Бондаренко', 'Ткаченко', 'Кравченко', 'Олійник', 'Шевчук', 'Поліщук', 'Лисенко', 'Мельник', 'Ґонта', 'Савчук', 'Їжакевич', 'Гнатюк', 'Кузьмінська', 'Федорів', 'Пилипенко', 'Левченко'],
      companies: ['ТОВ «Агроінвест»', 'ПрАТ «Київстар»', 'ФОП Коваленко І. В.', 'ТОВ «Євробуд»', 'ТОВ «Нова пошта»', 'ПАТ «Укрнафта»', 'ТОВ «Галичина-Трейд»'],
      titles: ['Директор', 'Комерційний директор', 'Менеджер з продажу', 'Керівник відділу закупівель', 'Головний бухгалтер', 'Фахівець з логістики'],
      cities: ['Київ', 'Львів', 'Харків', 'Одеса', 'Дніпро', 'Запоріжжя', 'Вінниця', 'Івано-Франківськ', 'Житомир', 'Чернігів', 'Рівне', 'Ужгород'],
      notes: ['Передзвонити у понеділок', 'Надіслано пропозицію на 120 000 грн', 'Цікавить річна ліцензія', 'Зустріч на виставці', 'Її рішення остаточне'],
      tld: 'ua', phone: (i) => `+380 ${60 + (i % 40)} ${digits(i, 3)} ${digits(i + 2, 2)} ${digits(i + 6, 2)}`,
      domain: () => 'company',
    };
    expectRead(standardFile(';', ["Ім'я", 'Прізвище', 'Компанія', 'Посада', 'Місто', 'E-mail', 'Телефон', 'Примітка'], UA, 80), 'windows-1251');
  });

  it('a short Ukrainian file (Київ, Їжакевич, Євген)', () => {
    expectRead("Ім'я;Прізвище;Місто\r\nЄвген;Їжакевич;Київ\r\nІгор;Ґонта;Львів\r\n", 'windows-1251');
  });

  it('Bulgarian CRM export (ЕООД, ъ щ), Bulgarian header, 60 rows', () => {
    const BG: Spec = {
      first: ['Георги', 'Мария', 'Иван', 'Елена', 'Димитър', 'Йорданка', 'Петър', 'Цветелина', 'Николай', 'Десислава', 'Стоян', 'Радка', 'Христо', 'Гергана'],
      last: ['Иванов', 'Георгиева', 'Димитров', 'Петрова', 'Николов', 'Стоянова', 'Христов', 'Тодорова', 'Атанасов', 'Ангелова', 'Цветков', 'Йорданова', 'Кръстев', 'Щерева'],
      companies: ['„Софарма“ АД', 'Стройкомплект ЕООД', 'Търговска къща Север ООД', 'ЕТ „Кръстев – 93“', 'Пловдив Логистик ЕООД'],
      titles: ['Управител', 'Търговски директор', 'Мениджър продажби', 'Ръководител доставки', 'Главен счетоводител', 'Изпълнителен директор'],
      cities: ['София', 'Пловдив', 'Варна', 'Бургас', 'Русе', 'Стара Загора', 'Плевен', 'Шумен', 'Велико Търново', 'Благоевград'],
      notes: ['Да се обади в понеделник', 'Изпратена оферта – 8 000 лв.', 'Интересува се от годишен лиценз', 'Среща на изложението'],
      tld: 'bg', phone: (i) => `+359 8${digits(i, 2)} ${digits(i + 3, 3)} ${digits(i + 5, 3)}`,
      domain: () => 'firma',
    };
    expectRead(standardFile(';', ['Име', 'Фамилия', 'Фирма', 'Длъжност', 'Град', 'Имейл', 'Телефон', 'Бележки'], BG, 60), 'windows-1251');
  });

  it('Serbian Cyrillic CRM export (ј љ њ ћ ђ џ), Serbian header, 60 rows', () => {
    const SR: Spec = {
      first: ['Никола', 'Јелена', 'Марко', 'Ивана', 'Милош', 'Драгана', 'Ђорђе', 'Љубица', 'Небојша', 'Јована', 'Душан', 'Тијана', 'Војислав', 'Милица'],
      last: ['Јовановић', 'Петровић', 'Николић', 'Марковић', 'Ђорђевић', 'Стојановић', 'Илић', 'Станковић', 'Павловић', 'Милошевић', 'Љубисављевић', 'Џаковић', 'Радовановић', 'Живковић'],
      companies: ['Телеком Србија а.д.', 'Грађевинар д.о.о.', 'Пекара Јовановић д.о.о.', 'Превоз Ђорђевић д.о.о.', 'Штампарија Љубовија а.д.'],
      titles: ['Директор', 'Директорка продаје', 'Руководилац набавке', 'Комерцијалиста', 'Шеф рачуноводства', 'Менаџер продаје'],
      cities: ['Београд', 'Нови Сад', 'Ниш', 'Крагујевац', 'Суботица', 'Зрењанин', 'Панчево', 'Чачак', 'Краљево', 'Ужице', 'Ваљево', 'Шабац'],
      notes: ['Позвати у понедељак', 'Послата понуда', 'Заинтересован за годишњу лиценцу', 'Састанак на сајму'],
      tld: 'rs', phone: (i) => `+381 6${i % 10} ${digits(i, 3)} ${digits(i + 4, 4)}`,
      domain: () => 'firma',
    };
    expectRead(standardFile(';', ['Име', 'Презиме', 'Фирма', 'Функција', 'Град', 'Е-пошта', 'Телефон', 'Напомена'], SR, 60), 'windows-1251');
  });
});

// ---------------------------------------------------------------------------------------------
// Short and odd files

describe('short and odd files', () => {
  it('a short US file whose one accented word is Zoë (reads the same in windows-1250)', () => {
    expectRead('Name,Email\r\nZoë Smith,zoe@acme.com\r\nJohn Doe,john@acme.com\r\n', 'windows-1252', ['windows-1250']);
  });

  it('a short Danish file whose one accented word is Bjørn', () => {
    expectRead('Name,Company\r\nBjørn Larsen,Nordic ApS\r\nPeter Hansen,Nordic ApS\r\n', 'windows-1252');
  });

  it('a short Portuguese file whose one accented word is João', () => {
    expectRead('Nome;Empresa\r\nJoão Silva;Silva Lda.\r\nPedro Costa;Costa SA\r\n', 'windows-1252');
  });

  it('a short UK file whose one sign past ASCII is £', () => {
    expectRead('Name,Company,Deal size\r\nOliver Smith,Bramley Ltd,£12000\r\nSophie Jones,Kestrel Ltd,£8500\r\n', 'windows-1252');
  });

  it('a short Spanish file in capitals (MUÑOZ, IBÁÑEZ)', () => {
    expectRead('NOMBRE;APELLIDOS;EMPRESA\r\nJOSÉ;MUÑOZ;TALLERES MUÑOZ S.L.\r\nANA;IBÁÑEZ;GRUPO IBÉRICO S.A.\r\n', 'windows-1252');
  });

  it('names only in e-mail addresses, accented letters only in French notes', () => {
    const rows = ['j.dupont@lefevre-transports.fr', 'h.martin@boulangeries-reunies.fr', 'contact@cabinet-mercier.fr', 's.leroy@durand-elec.fr', 'commercial@hotel-riviera.fr'].map((e, i) => [e, at(['Lefèvre Transports', 'Boulangeries Réunies', 'Cabinet Mercier', 'Durand Électricité', 'Hôtel Rivière'], i), at(['Rappeler à 14 h', 'Très intéressé', 'Relancer après les fêtes', 'Déjà client', 'Rendez-vous pris'], i)]);
    expectRead(csv(';', ['Email', 'Entreprise', 'Commentaire'], rows), 'windows-1252');
  });

  it('names only in e-mail addresses, the only text past ASCII curly quotes, en dashes and € in English notes', () => {
    const rows = ['john.smith@acme.com', 'sarah.lee@brightline.io', 'mike@northwind.com', 'e.davis@summitfg.com'].map((e, i) => [e, at(['Said “maybe next quarter”', 'Budget €20k – needs CFO sign-off', 'Trial – ends Friday', 'Wants ‘enterprise’ tier'], i)]);
    expectRead(csv(',', ['Email', 'Notes'], rows), 'windows-1252', ['windows-1250']);
  });

  it('names only in e-mail addresses, Polish notes', () => {
    const rows = ['jan.kowalski@budimex.pl', 'a.nowak@zabka.pl', 'biuro@drukarnia-swit.pl', 'm.wrobel@transport-wrobel.pl'].map((e, i) => [e, at(['Oddzwonić jutro', 'Wysłana oferta', 'Spotkanie w Łodzi', 'Zainteresowany'], i)]);
    expectRead(csv(';', ['E-mail', 'Uwagi'], rows), 'windows-1250');
  });

  it('a one-line Spanish note asking a question (¿…?) beside ASCII names', () => {
    expectRead('Name;Note\r\nMaria Lopez;¿Demo el martes?\r\nJuan Garcia;Enviar precios\r\n', 'windows-1252');
  });
});
