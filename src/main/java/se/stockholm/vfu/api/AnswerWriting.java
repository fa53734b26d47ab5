package se.stockholm.vfu.api;

import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import se.stockholm.vfu.common.UnexpectedFailure;

import java.io.IOException;

/**
 * An answer JSON-B cannot write (an accessor failing, say) is the portal's failure, not the client's: RESTEasy reports
 * it as the same {@link ProcessingException} as a request body it cannot read, which {@link InvalidBodyMapper} answers
 * 400 without a word in the log. Here, around the writing of every answer, it becomes a 500 with a reference, logged
 * once ({@link UnexpectedFailure}).
 */
@Provider
public class AnswerWriting implements WriterInterceptor {

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } catch (ProcessingException unwritable) {
            String reference = UnexpectedFailure.newReference();
            UnexpectedFailure.log("writing an API answer", reference, unwritable);
            throw new InternalServerErrorException(Response.serverError().type(Problem.MEDIA_TYPE)
                    .entity(Problem.unexpected(reference)).build(), unwritable);
        }
    }
}
