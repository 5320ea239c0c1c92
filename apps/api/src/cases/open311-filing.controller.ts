import { Body, Controller, Get, Headers, HttpCode, Ip, Param, Post, Req } from '@nestjs/common';
import { CASE_CATEGORIES, DomainError, type CaseCategory } from '@scrutineer/domain';
import type { Request } from 'express';
import { inputValidationPipe } from '../graphql/validation.pipe.js';
import { ProofOfWork } from '../public/proof-of-work.js';
import { PROOF_HEADER } from '../supervision/attachment-uploads.js';
import { FileComplaintInput } from './dto/case.inputs.js';
import { GROUP, serviceDefinition, services } from './open311-services.js';
import { PublicCasesService } from './public-cases.service.js';

const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
const CHANGESET = '2026-11-26T00:00:00Z';
const TITLE_FROM_DESCRIPTION = 40;

type Fields = Record<string, unknown>;

/** A field of a form-encoded (`attribute[kind]`) or JSON (`attribute: { kind }` too) request, as text. */
function field(body: Fields, name: string): string | undefined {
  const nested = /^attribute\[(.+)\]$/.exec(name);
  const value =
    body[name] ?? (nested && typeof body.attribute === 'object' && body.attribute ? (body.attribute as Fields)[nested[1]!] : undefined);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

const present = (value: string | undefined): string | undefined => (value !== undefined && value.trim() !== '' ? value : undefined);

/**
 * Open311 GeoReport v2 for civic tools, beside the single request's status (open311.controller.ts):
 * discovery, the services (the case categories, by their Chinese names), each service's attributes, and
 * filing a request — form-encoded or JSON — with the protections of the public form: the same rate
 * limit and a solved proof of work (`proof_of_work`, or the X-Proof-Of-Work header; a challenge from
 * `proof_of_work.json`). Errors in Open311's format (`[{ code, description }]`, errors/error.filter.ts).
 */
@Controller('open311/v2')
export class Open311FilingController {
  constructor(
    private readonly cases: PublicCasesService,
    private readonly proofOfWork: ProofOfWork,
  ) {}

  @Get('discovery.json')
  discovery(@Req() req: Request) {
    return {
      changeset: CHANGESET,
      contact: '本系统的信访工作机构',
      key_service: '不需要 API key；提交须附工作量证明（proof_of_work.json）',
      endpoints: [
        {
          specification: SPECIFICATION,
          url: `${req.protocol}://${req.get('host') ?? 'localhost'}/open311/v2`,
          changeset: CHANGESET,
          type: 'production',
          formats: ['application/json'],
        },
      ],
    };
  }

  @Get('services.json')
  services() {
    return services();
  }

  @Get('services/:file')
  service(@Param('file') file: string) {
    const code = file.endsWith('.json') ? file.slice(0, -'.json'.length) : file;
    if (!(CASE_CATEGORIES as readonly string[]).includes(code)) throw new DomainError('NOT_FOUND', 'No such service');
    return serviceDefinition(code as CaseCategory);
  }

  /** A proof-of-work challenge (ALTCHA's JSON): not part of GeoReport v2, needed to file. */
  @Get('proof_of_work.json')
  challenge() {
    return this.proofOfWork.challenge();
  }

  @Post('requests.json')
  @HttpCode(201)
  async file(@Body() body: Fields | undefined, @Headers(PROOF_HEADER) proofHeader: string | undefined, @Ip() ip: string) {
    const fields = body ?? {};
    const description = field(fields, 'description') ?? '';
    const name = [field(fields, 'last_name'), field(fields, 'first_name')].filter((v) => present(v)).join('');
    const phone = present(field(fields, 'phone'));
    const input = (await inputValidationPipe.transform(
      {
        kind: present(field(fields, 'attribute[kind]')) ?? 'REPORT',
        category: field(fields, 'service_code'),
        title: present(field(fields, 'attribute[title]')) ?? [...description.trim()].slice(0, TITLE_FROM_DESCRIPTION).join(''),
        body: description,
        jurisdictionId: field(fields, 'attribute[jurisdiction_id]'),
        electionId: present(field(fields, 'attribute[election_id]')),
        identity: name || phone ? { name: name || undefined, phone } : undefined,
        proofOfWork: present(field(fields, 'proof_of_work')) ?? present(proofHeader),
      },
      { type: 'body', metatype: FileComplaintInput },
    )) as FileComplaintInput;
    const filed = await this.cases.file(ip ?? null, input);
    return [
      {
        service_request_id: filed.trackingCode,
        service_notice: `${GROUP}已受理登记。请保存查询码和查询密码（PIN，只显示这一次），凭二者查询办理进度。`,
        account_id: null,
        // Not GeoReport v2: the PIN that, with the code, reads the status (X-Tracking-Pin). Shown this once.
        pin: filed.pin,
      },
    ];
  }
}
