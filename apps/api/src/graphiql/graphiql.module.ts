import { Module } from '@nestjs/common';
import { GraphiqlController } from './graphiql.controller.js';

/** Imported only when GRAPHQL_SANDBOX is on. */
@Module({ controllers: [GraphiqlController] })
export class GraphiqlModule {}
