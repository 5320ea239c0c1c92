import { CASE_CATEGORIES, CASE_CATEGORY_NAMES, type CaseCategory, type CaseKind } from '@scrutineer/domain';
import { PUBLIC_CASE_KINDS } from './case-enums.js';

/** Each case category is an Open311 service, by its Chinese name (the public pages say the same). */
export const SERVICE_NAMES: Readonly<Record<CaseCategory, string>> = CASE_CATEGORY_NAMES;

export const KIND_NAMES: Readonly<Record<Exclude<CaseKind, 'SUPERVISION_FINDING'>, string>> = {
  PETITION: '信访',
  REPORT: '举报',
  OBJECTION: '异议',
  ENQUIRY: '咨询',
};

export const GROUP = '换届选举信访举报';

export const services = () =>
  CASE_CATEGORIES.map((code) => ({
    service_code: code,
    service_name: SERVICE_NAMES[code],
    description: `${GROUP}：${SERVICE_NAMES[code]}`,
    metadata: true,
    type: 'realtime' as const,
    keywords: '换届选举,信访,举报',
    group: GROUP,
  }));

/** The attributes every service takes (GeoReport v2 service definition); `jurisdiction_id` comes from GraphQL's publicPlaces. */
export const serviceDefinition = (code: CaseCategory) => ({
  service_code: code,
  attributes: [
    {
      variable: true,
      code: 'jurisdiction_id',
      datatype: 'string',
      required: true,
      datatype_description: '地点的 id（GraphQL publicPlaces 查询）',
      order: 1,
      description: '事项发生地（村、社区或乡镇）',
    },
    {
      variable: true,
      code: 'kind',
      datatype: 'singlevaluelist',
      required: false,
      datatype_description: '默认为举报',
      order: 2,
      description: '类型',
      values: PUBLIC_CASE_KINDS.map((key) => ({ key, name: KIND_NAMES[key as keyof typeof KIND_NAMES] })),
    },
    {
      variable: true,
      code: 'title',
      datatype: 'string',
      required: false,
      datatype_description: '不填则取描述的开头',
      order: 3,
      description: '标题',
    },
    {
      variable: true,
      code: 'election_id',
      datatype: 'string',
      required: false,
      datatype_description: '选举的 id（GraphQL publicElections 查询）',
      order: 4,
      description: '所涉选举',
    },
  ],
});
