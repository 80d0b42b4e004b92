import type { FieldKey } from './keys';

// The one Russian name of each checklist key: the panel's labels, the fill report, validation messages. Each name
// stands on its own («Серия паспорта», «Серия документа-основания»), so no two rows read alike.

export const FIELD_LABELS: Record<FieldKey, string> = {
  lastName: 'Фамилия',
  firstName: 'Имя',
  middleName: 'Отчество',
  birthDate: 'Дата рождения',
  snils: 'СНИЛС',
  phone: 'Телефон',
  idSeries: 'Серия паспорта',
  idNumber: 'Номер паспорта',
  idIssueDate: 'Дата выдачи паспорта',
  idIssuer: 'Кем выдан паспорт',
  category: 'Льготная категория',
  benefitStart: 'Дата начала льготы',
  benefitEnd: 'Дата окончания льготы',
  basisDocName: 'Наименование документа-основания',
  basisDocSeries: 'Серия документа-основания',
  basisDocNumber: 'Номер документа-основания',
  basisDocIssueDate: 'Дата выдачи документа-основания',
  basisDocIssuer: 'Кем выдан документ-основание',
};
