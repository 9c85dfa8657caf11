/** HQ's pilot-region page. */
package org.sutiao.directory.web;
