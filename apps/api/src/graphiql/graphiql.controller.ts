import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { GRAPHIQL_PATH, graphiqlFiles } from './graphiql-assets.js';
import { CONTENT_SECURITY_POLICY, graphiqlPage, PAGE_STYLE, START_SCRIPT } from './graphiql-page.js';

const OWN_FILES: Record<string, { type: string; body: string }> = {
  'start.js': { type: 'text/javascript; charset=utf-8', body: START_SCRIPT },
  'page.css': { type: 'text/css; charset=utf-8', body: PAGE_STYLE },
};

/** GraphiQL and every file it needs, from this server (a closed network reaches no CDN). */
@Controller(GRAPHIQL_PATH.slice(1))
export class GraphiqlController {
  private readonly files = graphiqlFiles();

  @Get()
  page(@Res() res: Response): void {
    secure(res).type('html').send(graphiqlPage('/graphql'));
  }

  @Get(':file')
  file(@Param('file') name: string, @Res() res: Response): void {
    const own = OWN_FILES[name];
    if (own) {
      secure(res).type(own.type).send(own.body);
      return;
    }
    const path = this.files.get(name);
    if (!path) throw new NotFoundException();
    // Revalidated on each load (ETag): an upgrade changes the files under the same names.
    secure(res).sendFile(path, { headers: { 'cache-control': 'no-cache' } });
  }
}

function secure(res: Response): Response {
  return res.set({ 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' });
}
