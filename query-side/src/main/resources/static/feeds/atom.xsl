<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows an Atom feed of decisions as a page when a browser opens it; a feed reader reads the feed itself. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom"
                exclude-result-prefixes="atom">
    <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
    <xsl:template match="/atom:feed">
        <html lang="en-GB">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title><xsl:value-of select="atom:title"/></title>
                <link rel="stylesheet" href="/css/minutebook.css"/>
            </head>
            <body>
                <main id="content">
                    <h1><xsl:value-of select="atom:title"/></h1>
                    <p class="feed-note">This is a feed: copy its address into a feed reader to follow new decisions.
                        <a href="{atom:link[@rel='alternate']/@href}">The decision register</a> lists them with search.</p>
                    <xsl:if test="not(atom:entry)"><p>No decision is recorded yet.</p></xsl:if>
                    <xsl:for-each select="atom:entry">
                        <article class="feed-entry">
                            <h2><a href="{atom:link/@href}"><xsl:value-of select="atom:title"/></a></h2>
                            <p class="feed-meta"><xsl:value-of select="atom:author/atom:name"/>,
                                <time datetime="{atom:updated}"><xsl:value-of select="substring(atom:updated, 1, 10)"/></time></p>
                            <xsl:if test="atom:summary"><p><xsl:value-of select="atom:summary"/></p></xsl:if>
                        </article>
                    </xsl:for-each>
                </main>
            </body>
        </html>
    </xsl:template>
</xsl:stylesheet>
