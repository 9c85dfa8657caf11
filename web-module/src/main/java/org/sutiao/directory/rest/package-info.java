/** The pilot-region API. */
package org.sutiao.directory.rest;
