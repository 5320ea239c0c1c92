import { Controller, Get, Headers, Ip, Param } from '@nestjs/common';
import { clipText, endOfDay, startOfDay } from '@scrutineer/domain';
import { PublicCasesService } from './public-cases.service.js';
import { OPEN311_STATUS } from './public-status.js';

/** Open311 GeoReport v2's answer for one service request: only what the public status already shows. */
interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string;
  service_name: string;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
}

/**
 * A read-only Open311 GeoReport v2 view of a case's public status, for civic tools
 * (`GET /open311/v2/requests/{code}.json`). The PIN travels in the `X-Tracking-Pin` header, never in the
 * URL (URLs end up in access logs). Unknown code and wrong PIN answer alike: 404. Errors are answered
 * in Open311's format, `[{ code, description }]`, by the ErrorFilter (errors/error.filter.ts).
 */
@Controller('open311/v2/requests')
export class Open311Controller {
  constructor(private readonly cases: PublicCasesService) {}

  @Get(':file')
  async request(
    @Param('file') file: string,
    @Headers('x-tracking-pin') pin: string | undefined,
    @Ip() ip: string,
  ): Promise<Open311Request[]> {
    const code = file.endsWith('.json') ? file.slice(0, -'.json'.length) : file;
    const s = await this.cases.status(ip ?? null, clipText(code, 40), clipText(pin ?? '', 40));
    return [
      {
        service_request_id: s.trackingCode,
        status: OPEN311_STATUS[s.status],
        status_notes: s.statusLabel,
        service_name: '信访事项',
        requested_datetime: startOfDay(s.receivedOn),
        updated_datetime: s.updatedAt.toISOString(),
        expected_datetime: s.nextDueOn ? endOfDay(s.nextDueOn) : null,
      },
    ];
  }
}
