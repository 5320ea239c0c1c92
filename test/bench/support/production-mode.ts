/**
 * Imported first by the bench: the API it boots and the hello-world anchor it spawns run as a production
 * start runs (the Docker image sets NODE_ENV=production). graphql-js reads NODE_ENV once, when it is
 * loaded, to choose between its development checks (instanceof across realms) and plain ones, so
 * setting it in the app's configuration alone left every row in development mode.
 */
process.env.NODE_ENV ??= 'production';
