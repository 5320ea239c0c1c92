import { requestForLog } from './logging.js';

describe('request log lines', () => {
  it('drop the query string, the address at the public doors, and the tracking code', () => {
    expect(
      requestForLog({ id: 1, method: 'GET', url: '/graphql?query={caseStatus(pin:"12345678")}', remoteAddress: '203.0.113.7' }),
    ).toEqual({
      id: 1,
      method: 'GET',
      url: '/graphql',
    });
    expect(requestForLog({ id: 2, method: 'GET', url: '/open311/v2/requests/XF-7KQ2M9TB4C.json', remoteAddress: '203.0.113.7' })).toEqual({
      id: 2,
      method: 'GET',
      url: '/open311/v2/requests/:code',
    });
    expect(requestForLog({ id: 4, method: 'GET', url: '/open311/v2/requests/XF-7KQ2M9TB4C/extra/x' }).url).toBe(
      '/open311/v2/requests/:code',
    );
    expect(requestForLog({ id: 3, method: 'GET', url: '/health/ready', remoteAddress: '10.0.0.1' })).toMatchObject({
      remoteAddress: '10.0.0.1',
    });
  });
});
